// libFuzzer target for the C API (pairaid.h): the input is a program of calls. Each step takes an
// opcode byte and then its arguments from the input: texts (which may be NULL), buffers (dataset
// JSON, ledger CSV, IATI XML, rates CSV), small integers for enums, digits and flags (out-of-range
// values included), and slot numbers naming handles made by earlier steps (which may be empty, so
// NULL handles are passed too). Freed handles are never reused: a slot is emptied when freed.
//
// Beyond "no crash, no leak, no sanitizer report", every call is checked against the API's
// conventions: a failure returns a negative status, records the same status and a non-empty
// message; a success leaves no error behind and sets its handle output; a failed call leaves its
// handle output NULL.
#include <pairaid.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

// Reads the fuzz input front to back; past the end every read gives zeros / empty text.
class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool done() const { return at_ >= size_; }
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  int small(int range) { return static_cast<int>(byte()) % range; }
  // Any int in [-2, range): out-of-range enum values and digits included.
  int value(int range) { return small(range + 2) - 2; }
  std::int64_t int64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | byte();
    return static_cast<std::int64_t>(v);
  }
  // Up to 255 bytes, or (1 time in 16) up to 64 KiB for documents.
  std::string bytes() {
    std::size_t n = byte();
    if (n == 255) n = (static_cast<std::size_t>(byte()) << 8) | byte();
    n = std::min(n, size_ - std::min(at_, size_));
    std::string s(reinterpret_cast<const char*>(data_ + std::min(at_, size_)), n);
    at_ += n;
    return s;
  }
  // A text argument: NULL one time in 16; otherwise the bytes up to the first NUL.
  const char* text(std::string& storage) {
    if (byte() % 16 == 0) return nullptr;
    storage = bytes();
    storage.resize(std::strlen(storage.c_str()));
    return storage.c_str();
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

[[noreturn]] void violated(const char* what, int status) {
  std::fprintf(stderr, "capi_fuzz: convention broken: %s (status %s, message \"%s\")\n", what,
               pairaid_status_name(status), pairaid_last_error());
  std::abort();
}

// Checks a call's status against the thread's recorded error; returns it.
int checked(int status) {
  if (status == PAIRAID_OK) {
    if (pairaid_last_status() != PAIRAID_OK || pairaid_last_error()[0] != '\0')
      violated("success left an error behind", status);
  } else {
    if (status > 0) violated("positive status", status);
    if (pairaid_last_status() != status) violated("recorded status differs from the returned one", status);
    if (pairaid_last_error()[0] == '\0') violated("failure without a message", status);
  }
  return status;
}

// The same, for a call with a handle output: set on success, NULL on failure.
template <class H>
int checked_out(int status, H* out) {
  checked(status);
  if (status == PAIRAID_OK && out == nullptr) violated("success without its handle", status);
  if (status != PAIRAID_OK && out != nullptr) violated("failure with a handle", status);
  return status;
}

// The call runs first, then its handle output is read (function arguments have no evaluation order).
#define CHECKED_OUT(call, handle)   \
  do {                              \
    const int status_ = (call);     \
    checked_out(status_, (handle)); \
  } while (0)

// A small pool per handle type; a slot holds a handle or NULL.
template <class H, void (*Free)(H*)>
struct Slots {
  std::array<H*, 3> items{};
  H* get(Input& in) { return items[static_cast<std::size_t>(in.small(3))]; }
  H** place(Input& in) {
    H** slot = &items[static_cast<std::size_t>(in.small(3))];
    Free(*slot);
    *slot = nullptr;
    return slot;
  }
  ~Slots() {
    for (H* h : items) Free(h);
  }
};

struct State {
  Slots<pairaid_money, pairaid_money_free> money;
  Slots<pairaid_fx_table, pairaid_fx_table_free> tables;
  Slots<pairaid_reported, pairaid_reported_free> figures;
  Slots<pairaid_dataset, pairaid_dataset_free> datasets;
  Slots<pairaid_ledger, pairaid_ledger_free> ledgers;
  Slots<pairaid_query, pairaid_query_free> queries;
  Slots<pairaid_store, pairaid_store_free> stores;
};

pairaid_rounding_mode mode_of(Input& in) { return static_cast<pairaid_rounding_mode>(in.value(8)); }

void free_string(char* s) { pairaid_string_free(s); }

// Reads every cell of a result the way a binding would.
void read_result(const pairaid_result* r) {
  std::size_t rows = 0, cols = 0;
  if (checked(pairaid_result_row_count(&rows, r)) != PAIRAID_OK) return;
  checked(pairaid_result_column_count(&cols, r));
  for (std::size_t row = 0; row <= rows; ++row) {
    const char* missing = nullptr;
    (void)checked(pairaid_result_missing(&missing, r, row));
    for (std::size_t col = 0; col <= cols; ++col) {
      pairaid_cell_type type = PAIRAID_CELL_NONE;
      const char* name = nullptr;
      (void)checked(pairaid_result_column_name(&name, r, col));
      if (checked(pairaid_result_cell_type(&type, r, row, col)) != PAIRAID_OK) continue;
      const char *text = nullptr, *amount = nullptr, *currency = nullptr;
      std::int64_t count = 0;
      (void)checked(pairaid_result_text(&text, r, row, col));
      (void)checked(pairaid_result_count(&count, r, row, col));
      (void)checked(pairaid_result_money(&amount, &currency, r, row, col));
    }
  }
  for (const char* format : {"csv", "json", "table", "xml"}) {
    char* written = nullptr;
    (void)checked(pairaid_result_write(&written, r, format));
    free_string(written);
  }
  std::size_t notes = 0;
  if (checked(pairaid_result_note_count(&notes, r)) == PAIRAID_OK)
    for (std::size_t i = 0; i <= notes; ++i) {
      const char* note = nullptr;
      (void)checked(pairaid_result_note(&note, r, i));
    }
}

void read_diagnostics(const pairaid_diagnostics* d) {
  std::size_t n = 0;
  pairaid_status status = PAIRAID_OK;
  if (checked(pairaid_diagnostics_count(&n, d)) != PAIRAID_OK) return;
  checked(pairaid_diagnostics_status(&status, d));
  for (std::size_t i = 0; i <= n; ++i) {
    const char *text = nullptr, *file = nullptr, *severity = nullptr;
    std::size_t line = 0;
    (void)checked(pairaid_diagnostics_entry(&text, nullptr, nullptr, nullptr, &line, nullptr, d, i));
    (void)checked(pairaid_diagnostics_location(&file, &severity, d, i));
  }
}

// Walks every entity of a dataset through every accessor.
void read_dataset(const pairaid_dataset* ds) {
  const char* t = nullptr;
  const char* u = nullptr;
  std::size_t n = 0;
  (void)checked(pairaid_dataset_title(&t, ds));
  if (checked(pairaid_dataset_source_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_source* s = nullptr;
      checked(pairaid_dataset_source(&s, ds, i));
      (void)checked(pairaid_source_date(&t, s));
      (void)checked(pairaid_source_person(&t, &u, s));
    }
  if (checked(pairaid_dataset_project_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_project* p = nullptr;
      checked(pairaid_dataset_project(&p, ds, i));
      (void)checked(pairaid_project_status(&t, p));
      (void)checked(pairaid_project_period(&t, &u, p));
      (void)checked(pairaid_project_tag(&t, p, 0));
    }
  if (checked(pairaid_dataset_transaction_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_transaction* tr = nullptr;
      const pairaid_money* value = nullptr;
      checked(pairaid_dataset_transaction(&tr, ds, i));
      (void)checked(pairaid_transaction_value_date(&t, tr));
      checked(pairaid_transaction_value(&value, tr));
      char* formatted = nullptr;
      checked(pairaid_money_format(&formatted, value, 3u));
      free_string(formatted);
    }
  if (checked(pairaid_dataset_pairing_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_pairing* p = nullptr;
      checked(pairaid_dataset_pairing(&p, ds, i));
      (void)checked(pairaid_pairing_valid_until(&t, p));
    }
  if (checked(pairaid_dataset_batch_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_batch* b = nullptr;
      pairaid_reported* headcount = nullptr;
      checked(pairaid_dataset_batch(&b, ds, i));
      if (checked(pairaid_batch_headcount(&headcount, b)) == PAIRAID_OK) {
        (void)checked(pairaid_reported_wording(&t, headcount));
        pairaid_reported_free(headcount);
      }
    }
  if (checked(pairaid_dataset_area_count(&n, ds)) == PAIRAID_OK)
    for (std::size_t i = 0; i < n; ++i) {
      const pairaid_area* a = nullptr;
      const pairaid_area* parent = nullptr;
      checked(pairaid_dataset_area(&a, ds, i));
      (void)checked(pairaid_area_parent(&parent, a));
    }
}

void step(State& s, Input& in) {
  std::string a, b, c, d;
  switch (in.small(22)) {
    case 0: {  // money from text
      pairaid_money** out = s.money.place(in);
      const char* amount = in.text(a);
      const char* code = in.text(b);
      CHECKED_OUT(pairaid_money_parse(out, amount, code, in.byte() % 4u), *out);
      break;
    }
    case 1: {
      pairaid_money** out = s.money.place(in);
      CHECKED_OUT(pairaid_money_parse_phrase(out, in.text(a)), *out);
      break;
    }
    case 2: {  // arithmetic on whatever two slots hold
      const pairaid_money* x = s.money.get(in);
      const pairaid_money* y = s.money.get(in);
      pairaid_money* sum = nullptr;
      int cmp = 0;
      CHECKED_OUT(in.byte() % 2 ? pairaid_money_add(&sum, x, y) : pairaid_money_subtract(&sum, x, y), sum);
      pairaid_money_free(sum);
      (void)checked(pairaid_money_compare(&cmp, x, y));
      pairaid_money* rounded = nullptr;
      CHECKED_OUT(pairaid_money_round_digits(&rounded, x, in.value(10), mode_of(in)), rounded);
      pairaid_money_free(rounded);
      break;
    }
    case 3: {
      char* text = nullptr;
      (void)checked(pairaid_money_format(&text, s.money.get(in), in.byte()));
      free_string(text);
      break;
    }
    case 4: {
      pairaid_fx_table** out = s.tables.place(in);
      CHECKED_OUT(pairaid_fx_table_new(out, in.text(a)), *out);
      break;
    }
    case 5: {
      pairaid_fx_table* t = s.tables.get(in);
      const char* date = in.text(a);
      const char* base = in.text(b);
      const char* quote = in.text(c);
      const char* rate = in.text(d);
      std::string e;
      (void)checked(pairaid_fx_table_add_rate(t, date, base, quote, rate, in.text(e)));
      break;
    }
    case 6: {
      pairaid_fx_table* t = s.tables.get(in);
      const std::string csv = in.bytes();
      (void)checked(pairaid_fx_table_add_csv(t, in.byte() % 8 ? csv.c_str() : nullptr, in.text(a)));
      break;
    }
    case 7: {
      pairaid_fx_conversion* conversion = nullptr;
      const pairaid_fx_table* t = s.tables.get(in);
      const pairaid_money* m = s.money.get(in);
      const char* target = in.text(a);
      const char* date = in.text(b);
      CHECKED_OUT(pairaid_fx_table_convert(&conversion, t, m, target, date, mode_of(in), in.value(10)), conversion);
      pairaid_fx_conversion_free(conversion);
      break;
    }
    case 8: {  // reported figures
      pairaid_reported** out = s.figures.place(in);
      if (in.byte() % 2) {
        const char* kind = in.text(a);
        CHECKED_OUT(pairaid_reported_parse(out, kind, in.text(b)), *out);
      } else {
        CHECKED_OUT(pairaid_reported_parse_money(out, in.text(a)), *out);
      }
      break;
    }
    case 9: {
      const pairaid_reported* f = s.figures.get(in);
      pairaid_interval* bounds = nullptr;
      CHECKED_OUT(pairaid_reported_bounds(&bounds, f, nullptr), bounds);
      pairaid_interval_free(bounds);
      pairaid_verdict verdict = PAIRAID_CONSISTENT;
      char* reasoning = nullptr;
      (void)checked(pairaid_reported_assess(&verdict, &reasoning, f, in.text(a), nullptr));
      free_string(reasoning);
      break;
    }
    case 10: {  // dataset JSON from the input
      pairaid_dataset** out = s.datasets.place(in);
      const std::string json = in.bytes();
      const char* name = in.text(a);
      CHECKED_OUT(pairaid_dataset_open_buffer(out, json.data(), json.size(), name, nullptr), *out);
      pairaid_diagnostics* diagnostics = nullptr;
      CHECKED_OUT(pairaid_dataset_check_buffer(&diagnostics, json.data(), json.size(), name, nullptr), diagnostics);
      read_diagnostics(diagnostics);
      pairaid_diagnostics_free(diagnostics);
      break;
    }
    case 11: {  // every accessor, and the JSON written back must read back
      const pairaid_dataset* ds = s.datasets.get(in);
      read_dataset(ds);
      char* json = nullptr;
      if (checked(pairaid_dataset_write_json(&json, ds)) == PAIRAID_OK) {
        pairaid_dataset* back = nullptr;
        if (checked(pairaid_dataset_open_buffer(&back, json, std::strlen(json), "written", nullptr)) != PAIRAID_OK)
          violated("a written dataset does not read back", PAIRAID_ERROR);
        pairaid_dataset_free(back);
      }
      free_string(json);
      break;
    }
    case 12: {
      pairaid_ledger** out = s.ledgers.place(in);
      const std::string csv = in.bytes();
      CHECKED_OUT(pairaid_ledger_parse_csv(out, csv.data(), csv.size(), in.text(a)), *out);
      break;
    }
    case 13: {
      pairaid_ledger** out = s.ledgers.place(in);
      CHECKED_OUT(pairaid_ledger_from_dataset(out, s.datasets.get(in)), *out);
      break;
    }
    case 14: {
      pairaid_query** out = s.queries.place(in);
      CHECKED_OUT(pairaid_query_new(out), *out);
      break;
    }
    case 15: {  // change a query
      pairaid_query* q = s.queries.get(in);
      const char* x = in.text(a);
      switch (in.small(10)) {
        case 6: (void)checked(pairaid_query_where(q, x)); break;  // the --where grammar
        case 7: (void)checked(pairaid_query_all_types(q, in.value(3) - 1)); break;
        case 8: (void)checked(pairaid_query_names(q, in.value(3) - 1)); break;
        case 0: (void)checked(pairaid_query_group_by(q, x)); break;
        case 1: (void)checked(pairaid_query_where_period(q, x, in.text(b))); break;
        case 2: (void)checked(pairaid_query_where_donor(q, x)); break;
        case 3: (void)checked(pairaid_query_where_type(q, x)); break;
        case 4: (void)checked(pairaid_query_where_currency(q, x)); break;
        case 5: (void)checked(pairaid_query_where_within(q, x)); break;
        default: (void)checked(pairaid_query_convert(q, x, mode_of(in), in.value(10))); break;
      }
      break;
    }
    case 16: {
      pairaid_result* r = nullptr;
      const pairaid_query* q = s.queries.get(in);
      const pairaid_ledger* l = s.ledgers.get(in);
      const pairaid_dataset* ds = s.datasets.get(in);
      CHECKED_OUT(pairaid_query_run(&r, q, l, ds, s.tables.get(in)), r);
      if (r) read_result(r);
      pairaid_result_free(r);
      break;
    }
    case 17: {  // IATI totals over an XML buffer
      pairaid_result* r = nullptr;
      const std::string xml = in.bytes();
      const char* by = in.text(a);
      const char* hierarchy = in.byte() % 2 ? in.text(b) : nullptr;
      const char* to = in.byte() % 2 ? in.text(c) : nullptr;
      CHECKED_OUT(pairaid_iati_totals_buffer(&r, xml.data(), xml.size(), "fuzz.xml", by, hierarchy, to,
                                             s.tables.get(in), mode_of(in), in.value(10)),
                  r);
      if (r) read_result(r);
      pairaid_result_free(r);
      break;
    }
    case 18: {  // IATI validation of an XML buffer ("" as the schema directory: no XSD step)
      pairaid_diagnostics* diagnostics = nullptr;
      const std::string xml = in.bytes();
      CHECKED_OUT(pairaid_iati_validate_buffer(&diagnostics, xml.data(), xml.size(), nullptr, in.text(a), ""),
                  diagnostics);
      if (diagnostics) read_diagnostics(diagnostics);
      pairaid_diagnostics_free(diagnostics);
      break;
    }
    case 19: {  // the store, in memory only (the fuzzer must not write files)
      pairaid_store** out = s.stores.place(in);
      CHECKED_OUT(pairaid_store_open(out, ":memory:"), *out);
      break;
    }
    case 20: {
      pairaid_store* st = s.stores.get(in);
      pairaid_import_report* report = nullptr;
      CHECKED_OUT(pairaid_store_import_dataset(&report, st, s.datasets.get(in), in.text(a)), report);
      std::size_t n = 0;
      if (report && checked(pairaid_import_report_message_count(&n, report)) == PAIRAID_OK && n > 0) {
        const char* m = nullptr;
        checked(pairaid_import_report_message(&m, report, 0));
      }
      pairaid_import_report_free(report);
      pairaid_dataset** loaded = s.datasets.place(in);
      CHECKED_OUT(pairaid_store_dataset(loaded, st), *loaded);
      pairaid_ledger** ledger = s.ledgers.place(in);
      CHECKED_OUT(pairaid_store_ledger(ledger, st), *ledger);
      break;
    }
    default: {  // plain values: currencies, names, counts, calendars, reconciliation
      int numeric = 0, minor = 0, withdrawn = 0, ordinal = 0, first = 0, last = 0;
      pairaid_rounding_mode mode = PAIRAID_ROUND_HALF_EVEN;
      std::int64_t sum = 0;
      (void)checked(pairaid_currency_lookup(&numeric, &minor, &withdrawn, in.text(a)));
      (void)checked(pairaid_rounding_mode_from_name(&mode, in.text(b)));
      const char* kind = in.text(c);
      (void)checked(pairaid_count_add(&sum, kind, in.int64(), in.int64()));
      (void)checked(pairaid_five_year_plan_of(&ordinal, &first, &last, in.text(d)));
      pairaid_reconciliation* reconciliation = nullptr;
      CHECKED_OUT(pairaid_dataset_reconcile(&reconciliation, s.datasets.get(in), nullptr, s.tables.get(in)),
                  reconciliation);
      pairaid_reconciliation_free(reconciliation);
      break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  State state;
  for (int steps = 0; steps < 64 && !in.done(); ++steps) step(state, in);
  return 0;
}
