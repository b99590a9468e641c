// The list of commands `pairaid` knows, in the order its help shows them.
#include "cli.hpp"

#include <array>

namespace pairaid_cli {

extern const Command validate_command;
extern const Command report_command;
extern const Command check_command;
extern const Command generate_command;
extern const Command totals_command;
extern const Command transactions_command;
extern const Command export_command;
extern const Command import_command;

std::span<const Command* const> commands() {
  static constexpr std::array all{&validate_command, &report_command,       &check_command,  &generate_command,
                                  &totals_command,   &transactions_command, &export_command, &import_command};
  return all;
}

}  // namespace pairaid_cli
