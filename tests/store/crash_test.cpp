// Crash and concurrency test for the store (docs/store.md, "Transactions"):
//
//   store_crash_test WORKDIR IATI_DIR [KILLS]
//
// 1. Writes WORKDIR/big.xml: the real activities of IATI_DIR's 2.0x files (tests/data/iati/activities)
//    repeated with fresh
//    identifiers (iati-identifier + "-cN") until it is large enough that importing it takes about a
//    second.
// 2. Builds a base store (a small real IATI file) and times one full import of big.xml into a copy,
//    which gives the "all" counts.
// 3. KILLS times (default 20): copies the base store, forks a child that imports big.xml into the
//    copy, kills it with SIGKILL after a random delay in [0, 1.2 x the import time], then opens the
//    store and requires PRAGMA integrity_check = ok and counts equal to either the base ("none") or
//    the full import ("all"), nothing in between.
// 4. A child imports big.xml while this process reads counts in one snapshot per read, from the
//    main thread and from a second thread, each over its own connection; every reading must be
//    the base counts or the full counts.
// Exit 0 on success; prints every kill and its outcome. The seed is fixed (PAIRAID_CRASH_SEED
// overrides it) so a failure can be repeated.
#include <pairaid/store/store.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int failures = 0;

void fail(const std::string& what) {
  std::cerr << "FAIL: " << what << "\n";
  ++failures;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The <iati-activity ...>...</iati-activity> blocks of a file, as text.
std::vector<std::string> activity_blocks(const std::string& xml) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (;;) {
    const std::size_t begin = xml.find("<iati-activity ", at);
    if (begin == std::string::npos) break;
    const std::size_t end = xml.find("</iati-activity>", begin);
    if (end == std::string::npos) break;
    out.push_back(xml.substr(begin, end + 16 - begin));
    at = end + 16;
  }
  return out;
}

// Writes the big file (to a .partial name, renamed when complete) unless it is already there.
void generate(const fs::path& out, const fs::path& shared_iati, std::size_t target_bytes) {
  if (fs::exists(out) && fs::file_size(out) >= target_bytes) return;
  std::vector<std::string> blocks;
  for (const char* name : {"dportal-foodsecurity-multipublisher-v2.03.xml", "dfid-GB-GOV-1-hierarchy-v2.01.xml",
                           "netherlands-mfa-XM-DAC-7-v2.03.xml"}) {
    auto b = activity_blocks(read_file(shared_iati / name));
    blocks.insert(blocks.end(), b.begin(), b.end());
  }
  if (blocks.empty()) throw std::runtime_error("no activities found under " + shared_iati.string());
  const fs::path partial = out.string() + ".partial";
  std::ofstream o(partial, std::ios::binary);
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n";
  std::size_t written = 0;
  for (int copy = 1; written < target_bytes; ++copy) {
    const std::string suffix = "-c" + std::to_string(copy);
    for (const std::string& block : blocks) {
      const std::size_t open = block.find("<iati-identifier>");
      const std::size_t close = block.find("</iati-identifier>");
      if (open == std::string::npos || close == std::string::npos) continue;
      o << block.substr(0, close) << suffix << block.substr(close) << "\n";
      written += block.size() + suffix.size() + 1;
    }
  }
  o << "</iati-activities>\n";
  o.close();
  fs::rename(partial, out);
}

struct Counts {
  std::uint64_t imports = 0, activities = 0, transactions = 0;
  friend bool operator==(const Counts&, const Counts&) = default;
};

std::string text(const Counts& c) {
  return std::to_string(c.imports) + " imports, " + std::to_string(c.activities) + " activities, " +
         std::to_string(c.transactions) + " transactions";
}

Counts counts_of(const pairaid::Store& store) {
  const pairaid::StoreCounts c = store.counts();  // one read transaction: a snapshot
  return {c.imports, c.iati_activities, c.iati_transactions};
}

// Child: import and leave without running the parent's destructors. When `started_fd` is not -1,
// the child writes one byte to it once the first activity is in the open transaction.
pid_t spawn_import(const fs::path& store_path, const fs::path& big, int started_fd = -1) {
  std::cout.flush();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int code = 0;
    try {
      pairaid::Store store(store_path.string());
      store.import_iati_file(big, {}, [&](std::uint64_t n) {
        if (n == 1 && started_fd != -1 && ::write(started_fd, "s", 1) != 1) ::_exit(4);
      });
    } catch (const std::exception& e) {
      std::cerr << "child: " << e.what() << "\n";
      code = 3;
    }
    ::_exit(code);
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

void copy_store(const fs::path& from, const fs::path& to) {
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(to.string() + ext);
  fs::copy_file(from, to);  // the base store was closed cleanly: everything is in the main file
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: store_crash_test WORKDIR SHARED_IATI_DIR [KILLS]\n";
    return 2;
  }
  const fs::path work = argv[1];
  const fs::path shared = argv[2];
  const int kills = argc > 3 ? std::atoi(argv[3]) : 20;
  const char* seed_text = std::getenv("PAIRAID_CRASH_SEED");
  const unsigned seed = seed_text ? static_cast<unsigned>(std::strtoul(seed_text, nullptr, 10)) : 20261130u;
  fs::create_directories(work);
  const auto test_start = Clock::now();

  const fs::path big = work / "big.xml";
  generate(big, shared, 12u << 20);
  std::cout << "big file: " << big << ", " << fs::file_size(big) / (1u << 20) << " MiB\n";

  const fs::path base = work / "base.db";
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(base.string() + ext);
  Counts none;
  {
    pairaid::Store store(base.string());
    store.import_iati_file(shared / "dfid-GB-GOV-1-hierarchy-v2.01.xml");
    none = counts_of(store);
  }  // closing the last connection checkpoints the WAL into base.db

  // One full import, timed: the "all" counts.
  const fs::path work_db = work / "work.db";
  copy_store(base, work_db);
  Counts all;
  double import_ms = 0;
  {
    const auto t0 = Clock::now();
    pairaid::Store store(work_db.string());
    const pairaid::ImportReport r = store.import_iati_file(big);
    import_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    all = counts_of(store);
    std::cout << "full import: " << r.added << " added in " << static_cast<long>(import_ms) << " ms\n";
  }
  std::cout << "none = " << text(none) << "\nall  = " << text(all) << "\n";
  if (all.activities <= none.activities) fail("the full import added nothing");

  std::mt19937 random(seed);
  std::uniform_real_distribution<double> delay(0.0, import_ms * 1.1);
  int outcome_none = 0, outcome_all = 0, killed_mid_import = 0;
  for (int i = 1; i <= kills; ++i) {
    copy_store(base, work_db);
    const double ms = delay(random);
    int started[2];
    if (::pipe(started) != 0) throw std::runtime_error("pipe failed");
    const pid_t child = spawn_import(work_db, big, started[1]);
    ::close(started[1]);
    // The delay counts from the first activity written inside the child's transaction, so every
    // kill that finds the child alive lands between BEGIN and COMMIT or during COMMIT.
    char byte = 0;
    const bool child_started = ::read(started[0], &byte, 1) == 1;
    ::close(started[0]);
    if (!child_started) fail("kill " + std::to_string(i) + ": the child never started importing");
    std::this_thread::sleep_for(std::chrono::microseconds(static_cast<long>(ms * 1000)));
    ::kill(child, SIGKILL);
    const int status = wait_for(child);
    const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    killed_mid_import += killed ? 1 : 0;
    try {
      pairaid::Store store(work_db.string());
      const std::string integrity = store.integrity_check();
      const Counts c = counts_of(store);
      const char* outcome = c == none ? "none" : c == all ? "all" : "PARTIAL";
      (c == none ? outcome_none : outcome_all) += c == none || c == all ? 1 : 0;
      std::cout << "kill " << i << " after " << static_cast<long>(ms) << " ms ("
                << (killed ? "killed" : "had already exited") << "): integrity " << integrity << ", " << outcome
                << "\n";
      if (integrity != "ok") fail("integrity_check after kill " + std::to_string(i) + ": " + integrity);
      if (!(c == none || c == all)) fail("kill " + std::to_string(i) + " left " + text(c));
    } catch (const std::exception& e) {
      fail("kill " + std::to_string(i) + ": the store does not open: " + e.what());
    }
  }
  std::cout << kills << " kills (" << killed_mid_import << " while importing, " << kills - killed_mid_import
            << " after the child had finished): " << outcome_none << " none, " << outcome_all << " all\n";
  if (killed_mid_import * 2 < kills) fail("fewer than half of the kills hit a running import");

  // Readers during a write: only the before and after snapshots may ever be seen.
  copy_store(base, work_db);
  {
    std::atomic<bool> writing{true};
    std::atomic<std::uint64_t> readings{0};
    std::set<std::pair<std::uint64_t, std::uint64_t>> seen_by_thread;
    std::string thread_error;
    auto reader = [&](std::set<std::pair<std::uint64_t, std::uint64_t>>& seen, std::string& error) {
      try {
        pairaid::Store store(work_db.string());
        while (writing.load()) {
          const Counts c = counts_of(store);
          seen.insert({c.activities, c.transactions});
          ++readings;
        }
        const Counts c = counts_of(store);
        seen.insert({c.activities, c.transactions});
      } catch (const std::exception& e) {
        error = e.what();
      }
    };
    const pid_t child = spawn_import(work_db, big);
    std::thread second(reader, std::ref(seen_by_thread), std::ref(thread_error));
    std::set<std::pair<std::uint64_t, std::uint64_t>> seen_here;
    std::string here_error;
    std::thread watcher([&] {
      const int status = wait_for(child);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) fail("the writer child failed");
      writing = false;
    });
    reader(seen_here, here_error);
    watcher.join();
    second.join();
    if (!thread_error.empty()) fail("reader thread: " + thread_error);
    if (!here_error.empty()) fail("reader: " + here_error);
    std::set<std::pair<std::uint64_t, std::uint64_t>> seen = seen_here;
    seen.insert(seen_by_thread.begin(), seen_by_thread.end());
    std::cout << "readers during the import: " << readings.load() << " readings, distinct (activities, transactions):";
    for (const auto& [a, t] : seen) std::cout << " (" << a << ", " << t << ")";
    std::cout << "\n";
    for (const auto& [a, t] : seen)
      if (!((a == none.activities && t == none.transactions) || (a == all.activities && t == all.transactions)))
        fail("a reader saw " + std::to_string(a) + " activities and " + std::to_string(t) + " transactions");
    if (!seen.count({all.activities, all.transactions})) fail("the readers never saw the finished import");
  }

  const double total_s = std::chrono::duration<double>(Clock::now() - test_start).count();
  std::cout << "total " << total_s << " s; " << (failures ? "FAILED" : "passed") << "\n";
  return failures ? 1 : 0;
}
