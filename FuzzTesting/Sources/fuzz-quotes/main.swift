import FuzzDriver
import FuzzHarnesses

// libFuzzer on the quote scanner and attributor.
runLibFuzzer(fuzzQuoteExtractor)
