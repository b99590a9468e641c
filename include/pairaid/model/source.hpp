#pragma once
// Where a figure comes from. A Source is one citable statement: the document (title, publisher,
// date, address) and, when the statement is somebody's words, who said it and the exact quote.
// A Figure is a Reported value together with the words the source used for it and the source's id,
// so every number in a dataset can be traced back to the sentence that published it.
#include <pairaid/core/period.hpp>
#include <pairaid/model/ids.hpp>
#include <pairaid/model/quantity_kind.hpp>

#include <optional>
#include <string>
#include <vector>

PAIRAID_NAMESPACE_BEGIN

struct Person {
  std::string name;
  std::string role;  // as the source describes them, e.g. "deputy head of the regional organization department"
  friend bool operator==(const Person&, const Person&) = default;
};

struct Source {
  SourceId id;
  std::string title;
  std::string publisher;
  std::optional<Date> date;      // publication date, when known
  std::string url;               // empty when there is none
  std::optional<Person> person;  // the person quoted, if the statement is theirs
  std::string quote;             // the statement, word for word; empty for a whole document
  std::string note;              // how the source was found or what is uncertain about it
  friend bool operator==(const Source&, const Source&) = default;
};

// Another source's report of the same quantity as a figure: the same batch's headcount, the same
// program's total, stated by a second source in its own words, perhaps on another date. A figure
// holds one value (the one the dataset takes) and every further report of it, so two sources that
// speak of one thing are one figure with two reports, never two figures (reconcile.hpp compares
// them under their qualifiers). The value is of the figure's kind (validation checks it).
struct Report {
  AnyReported value;
  std::string wording;       // the report's own words, e.g. "850多名"
  SourceId source;           // required in files: a report without a source says nothing
  std::optional<Date> date;  // the date the report speaks for, when it is not its source's date
  std::string note;          // how the report was read, or what is uncertain about it
  friend bool operator==(const Report&, const Report&) = default;
};

// A figure of a known quantity type, e.g. a batch's headcount (Figure<People>).
template <class Q>
struct Figure {
  Reported<Q> value;
  std::string wording;               // the source's own words for the figure, e.g. "nearly 12,000"; may be empty
  SourceId source;                   // empty when the figure is not from a cited source
  std::vector<Report> reports = {};  // further reports of the same quantity by other sources
  friend bool operator==(const Figure&, const Figure&) = default;
};

// A figure whose quantity kind comes from data (an indicator's values).
struct AnyFigure {
  AnyReported value;
  std::string wording;
  SourceId source;
  // A money figure may come with the equivalent the source printed beside it, e.g. the
  // "($3.5 billion)" after "25.17 billion yuan"; reconciliation checks it against a cited rate.
  std::optional<Reported<Money>> equivalent;
  std::vector<Report> reports = {};  // further reports of the same quantity by other sources

  QuantityKind kind() const noexcept { return kind_of(value); }
  template <class Q>
  Figure<Q> as() const {
    return Figure<Q>{get<Q>(value), wording, source, reports};
  }
  friend bool operator==(const AnyFigure&, const AnyFigure&) = default;
};

template <class Q>
AnyFigure to_any(const Figure<Q>& f) {
  return AnyFigure{AnyReported(f.value), f.wording, f.source, std::nullopt, f.reports};
}

PAIRAID_NAMESPACE_END
