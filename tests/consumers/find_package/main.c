/* A C99 program on the installed C API: version check and a first call. */
#include <pairaid.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  int major = -1, minor = -1, patch = -1;
  pairaid_version(&major, &minor, &patch);
  if (major != PAIRAID_VERSION_MAJOR || minor != PAIRAID_VERSION_MINOR) {
    fprintf(stderr, "header %d.%d but library %d.%d\n", PAIRAID_VERSION_MAJOR, PAIRAID_VERSION_MINOR, major, minor);
    return 1;
  }
  printf("pairaid %s\n", pairaid_version_string());
  return strcmp(pairaid_last_error(), "") == 0 ? 0 : 1;
}
