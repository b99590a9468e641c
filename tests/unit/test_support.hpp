#pragma once
// Shared helpers for the unit suites: checking that a call fails with a given errc (and, where the
// message is part of the contract, that it names what went wrong).
#include <pairaid/core/calendar.hpp>
#include <pairaid/core/error.hpp>
#include <pairaid/core/reported.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <ostream>
#include <type_traits>
#include <string>
#include <string_view>

namespace pairaid_test {

// A predicate for BOOST_CHECK_EXCEPTION: the error carries `code`.
inline auto code_is(pairaid::errc code) {
  return [code](const pairaid::error& e) {
    BOOST_TEST_MESSAGE("error (" << pairaid::errc_name(e.code()) << "): " << e.what());
    return e.code() == code;
  };
}

// The error carries `code` and its message contains every one of `parts`.
template <class... Parts>
auto code_and_message(pairaid::errc code, Parts... parts) {
  return [code, parts...](const pairaid::error& e) {
    const std::string what = e.what();
    BOOST_TEST_MESSAGE("error (" << pairaid::errc_name(e.code()) << "): " << what);
    bool ok = e.code() == code;
    ((ok = ok && what.find(std::string_view(parts)) != std::string::npos), ...);
    return ok;
  };
}

}  // namespace pairaid_test

// How BOOST_TEST prints the library's values when a check fails (found by ADL).
namespace pairaid {
inline std::ostream& boost_test_print_type(std::ostream& os, const Decimal& d) { return os << d.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const Money& m) { return os << m.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const Currency& c) { return os << c.code(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const Ratio& r) { return os << r.to_string(); }
template <KindName K>
std::ostream& boost_test_print_type(std::ostream& os, const Count<K>& c) {
  return os << c.to_string();
}
template <class Q>
std::ostream& boost_test_print_type(std::ostream& os, const Interval<Q>& i) {
  return os << i.to_string();
}
template <class Q>
std::ostream& boost_test_print_type(std::ostream& os, const Reported<Q>& r) {
  return os << r.to_string();
}
inline std::ostream& boost_test_print_type(std::ostream& os, const Period& p) { return os << p.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, Qualifier q) { return os << to_string(q); }
inline std::ostream& boost_test_print_type(std::ostream& os, Verdict v) { return os << to_string(v); }
inline std::ostream& boost_test_print_type(std::ostream& os, RoundingMode m) { return os << to_string(m); }
inline std::ostream& boost_test_print_type(std::ostream& os, DecimalParseStatus s) { return os << to_string(s); }
inline std::ostream& boost_test_print_type(std::ostream& os, errc c) { return os << errc_name(c); }
inline std::ostream& boost_test_print_type(std::ostream& os, const Quarter& q) { return os << q.to_string(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const YearMonth& m) { return os << m.to_string(); }
// Any of the library's enumerations that has a to_string (the model's words: OrganisationKind, Rule ...).
template <class E>
requires std::is_enum_v<E> && requires(E e) { to_string(e); }
std::ostream& boost_test_print_type(std::ostream& os, const E& e) { return os << to_string(e); }
}  // namespace pairaid
// Period has begin() and end() (dates), which Boost.Test would take for a container.
namespace boost::unit_test {
template <>
struct is_forward_iterable<pairaid::Period> : std::false_type {};
template <>
struct is_forward_iterable<std::optional<pairaid::Period>> : std::false_type {};
}  // namespace boost::unit_test

// Optionals print their value, or "nullopt".
namespace boost::test_tools::tt_detail {
template <class T>
struct print_log_value<std::optional<T>> {
  void operator()(std::ostream& os, const std::optional<T>& v) {
    if (v)
      print_log_value<T>()(os, *v);
    else
      os << "nullopt";
  }
};
}  // namespace boost::test_tools::tt_detail

namespace boost::gregorian {
inline std::ostream& boost_test_print_type(std::ostream& os, const date& d) { return os << pairaid::to_string(d); }
}  // namespace boost::gregorian

#define PAIRAID_CHECK_ERRC(expr, code) \
  BOOST_CHECK_EXCEPTION((void)(expr), ::pairaid::error, ::pairaid_test::code_is(code))
#define PAIRAID_CHECK_ERROR(expr, code, ...) \
  BOOST_CHECK_EXCEPTION((void)(expr), ::pairaid::error, ::pairaid_test::code_and_message(code, __VA_ARGS__))
