import CLibFuzzerDriver
import FuzzHarnesses
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// libFuzzer's callback for UTF-8 validation, charset decoding and content-type sniffing; the checks are in `fuzzTextDecoding`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzTextDecoding(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

// SwiftPM links `main` to this file's code in debug builds, so libFuzzer is started here.
var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, testOneInput))
