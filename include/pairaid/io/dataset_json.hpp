#pragma once
// The JSON dataset format (docs/dataset-format.md), read and written with Boost.JSON in lib/.
//
//   pairaid::Dataset d = pairaid::io::load_dataset("examples/data/xizang.json");
//   std::string text = pairaid::io::write_dataset(d);   // parse_dataset(text) == d
//
// Loading is all-or-nothing: a file that is not JSON, has a value of the wrong type, an unknown
// or duplicate member, or breaks a model rule throws io::load_error whose diagnostics say
// FILE:LINE:COL, the JSON pointer, what was expected, and the stable code.
#include <pairaid/io/diagnostic.hpp>
#include <pairaid/model/dataset.hpp>

#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace io {

// `name` is used in diagnostics only.
Dataset parse_dataset(std::string_view json, const std::string& name = "<buffer>", const QualifierPolicy& policy = {});
// errc::io (as load_error with one diagnostic) when the file cannot be read.
Dataset load_dataset(const std::string& path, const QualifierPolicy& policy = {});

// Pretty-printed, members in the order of docs/dataset-format.md, arrays in the dataset's order,
// optional members omitted when absent; ends with a newline.
std::string write_dataset(const Dataset& dataset);
// Writes to `path` through a temporary file renamed into place, so a crash never leaves half a file.
void save_dataset(const Dataset& dataset, const std::string& path);

}  // namespace io
PAIRAID_NAMESPACE_END
