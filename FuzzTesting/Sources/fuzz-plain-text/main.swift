import FuzzDriver
import FuzzHarnesses

// libFuzzer on the plain-text cleaner.
runLibFuzzer(fuzzPlainText)
