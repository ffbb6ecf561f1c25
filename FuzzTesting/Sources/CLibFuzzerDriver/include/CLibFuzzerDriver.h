#ifndef CLIBFUZZERDRIVER_H
#define CLIBFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`: it parses libFuzzer's flags
/// from argv and calls `testOneInput` for each input. The fuzz executables start it
/// from their own `main`, because SwiftPM renames a debug executable's entry point
/// (to `<module>_main`) and then links `main` to that name, so libFuzzer's `main`
/// is never used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*testOneInput)(const uint8_t *data, size_t size));

#endif
