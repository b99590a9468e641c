#pragma once
// JSON text for people: two-space indentation, members in the order they were inserted, and a
// container that holds only scalars kept on one line when that line stays short (a period, a
// figure, a list of source ids), so that a dataset reads like the examples in the format's
// documentation. The output is a function of the value alone, so printing is repeatable.
// Internal to lib/.
#include <boost/json/value.hpp>

#include <string>

namespace pairaid::io_detail {

// Ends with a newline.
std::string pretty_json(const boost::json::value& value);

}  // namespace pairaid::io_detail
