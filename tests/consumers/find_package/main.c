/* A C99 program on the installed C API: version check, a first call, and the bundled data found. */
#include <pairaid.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  int major = -1, minor = -1, patch = -1;
  char *data = NULL;
  pairaid_version(&major, &minor, &patch);
  if (major != PAIRAID_VERSION_MAJOR || minor != PAIRAID_VERSION_MINOR) {
    fprintf(stderr, "header %d.%d but library %d.%d\n", PAIRAID_VERSION_MAJOR, PAIRAID_VERSION_MINOR, major, minor);
    return 1;
  }
  printf("pairaid %s\n", pairaid_version_string());
  if (strcmp(pairaid_last_error(), "") != 0) return 1;
  if (pairaid_data_dir(&data) != PAIRAID_OK) {
    fprintf(stderr, "%s\n", pairaid_last_error());
    return 1;
  }
  printf("data: %s\n", data);
  pairaid_string_free(data);
  return 0;
}
