// Streaming an IATI file into the store: separate from iati_rows.cpp so that only programs that
// import files link the XML reader.
#include "store/iati_upsert.hpp"
#include "store/store_internal.hpp"

PAIRAID_NAMESPACE_BEGIN

ImportReport Store::import_iati_file(const std::filesystem::path& file, const iati::ReadOptions& options,
                                     const ImportProgress& progress) {
  using namespace store_detail;
  ImportReport report;
  report.source = file.string();
  report.kind = "iati";
  WriteTransaction tx(*db_);
  const std::int64_t import_id = begin_import(*db_, "iati", report.source);
  {
    ActivityUpserter upsert(*db_, import_id, report.source, report);
    std::uint64_t read = 0;
    // Activities go into the open transaction as the reader streams them; a reader error throws
    // out of here and the transaction rolls back, so nothing of a bad file is kept.
    const iati::ReadSummary summary = iati::read_activities_file(file, options, [&](iati::Activity&& a) {
      upsert.add(a);
      if (progress) progress(++read);
    });
    for (const io::Diagnostic& d : summary.skipped) report.reader_warnings.push_back(d.to_string());
  }
  finish_import(*db_, import_id, report);
  tx.commit();
  return report;
}

PAIRAID_NAMESPACE_END
