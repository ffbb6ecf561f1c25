import FuzzDriver
import FuzzHarnesses

// libFuzzer on the tokenizer, sentence splitter and paragraph splitter.
runLibFuzzer(fuzzTokenizer)
