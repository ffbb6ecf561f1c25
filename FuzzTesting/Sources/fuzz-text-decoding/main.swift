import FuzzDriver
import FuzzHarnesses

// libFuzzer on UTF-8 validation, charset decoding and content-type sniffing.
runLibFuzzer(fuzzTextDecoding)
