import CLibFuzzerDriver
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The harness libFuzzer calls. Set once, before the driver starts, by `runLibFuzzer`;
/// a global because libFuzzer's callback is a C function pointer and cannot capture.
nonisolated(unsafe) private var currentHarness: ((UnsafeRawBufferPointer) -> Void)?

/// libFuzzer's callback: hands each input to the harness.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    currentHarness?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Runs libFuzzer on `harness` with the process's arguments and exits with its status.
/// Each executable's `main.swift` calls this: SwiftPM links a debug executable's `main` to
/// its own code (under `<module>_main`), so libFuzzer's `main` cannot be relied on.
public func runLibFuzzer(_ harness: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
    currentHarness = harness
    var argumentCount = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, testOneInput))
}
