#pragma once
// The words the dataset format uses for enumerations the model spells differently (or not at all)
// in its own tables: qualifiers are "more than" in prose but "more_than" in files. Shared by the
// JSON reader and writer so that both spell them one way. Internal to lib/.
#include <pairaid/core/reported.hpp>
#include <pairaid/model/enum_names.hpp>
#include <pairaid/model/quantity_kind.hpp>

namespace pairaid::io_detail {

inline constexpr EnumNames<Qualifier, 10> qualifier_words{{"exact", "about", "nearly", "more_than", "at_least",
                                                           "at_most", "less_than", "dozens_of", "hundreds_of",
                                                           "thousands_of"}};
static_assert(qualifier_words(Qualifier::exact) == "exact" &&
                  qualifier_words(Qualifier::thousands_of) == "thousands_of",
              "qualifier_words must follow the order of enum Qualifier");

inline constexpr EnumNames<QuantityKind, quantity_kind_names.size()> quantity_kind_words{quantity_kind_names};

// What a plural-order qualifier's value must be: the order itself (docs/quantities.md).
constexpr std::int64_t plural_order_value(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::dozens_of: return 12;
    case Qualifier::hundreds_of: return 100;
    case Qualifier::thousands_of: return 1000;
    default: return 0;
  }
}

}  // namespace pairaid::io_detail
