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

#include <span>
#include <string>
#include <string_view>

PAIRAID_NAMESPACE_BEGIN
namespace io {

// `name` is used in diagnostics only.
Dataset parse_dataset(std::string_view json, const std::string& name = "<buffer>", const QualifierPolicy& policy = {});
// errc::io (as load_error with one diagnostic) when the file cannot be read.
Dataset load_dataset(const std::string& path, const QualifierPolicy& policy = {});

// Several files read as one dataset (a base file and files that extend it): their entities are
// appended in file order and the model's rules judge the whole, so ids must be unique across files
// and a reference may point into another file. The title and description are the first file's
// that has one. A diagnostic names the file and the pointer within it. Loading stays all-or-nothing.
struct NamedText {
  std::string_view text;
  std::string name;  // used in diagnostics only
};
Dataset parse_datasets(std::span<const NamedText> texts, const QualifierPolicy& policy = {});
Dataset load_datasets(std::span<const std::string> paths, const QualifierPolicy& policy = {});

// Pretty-printed (format version 1, or 2 when the dataset uses a member version 1 lacks), members in the order of
// docs/dataset-format.md, arrays in the dataset's order, optional members omitted when absent; ends with a newline.
std::string write_dataset(const Dataset& dataset);
// Writes to `path` through a temporary file renamed into place, so a crash never leaves half a file.
void save_dataset(const Dataset& dataset, const std::string& path);

}  // namespace io
PAIRAID_NAMESPACE_END
