import Foundation
import Redaction

/// libFuzzer entry point for scan and redact. Every input is decoded lossily (so invalid
/// UTF-8 is exercised too), redacted, and checked:
///
/// - nothing crashes (AddressSanitizer reports memory errors);
/// - detection's findings are sorted, non-overlapping, in bounds and on scalar boundaries;
/// - the output is the input with exactly the audit's replacements: every span in bounds,
///   on scalar boundaries, non-overlapping, consistent across units, and the text between
///   changes unchanged (so the output is valid UTF-8 of the stated length);
/// - re-applying the audit to the input reproduces the output and the audit.
///
/// A broken invariant stops the fuzzer with `fatalError`, naming the invariant only.
enum RedactFuzz {
    /// One redactor for every input. Its key is random: a fixed key would be a `Data` held by
    /// a global, which LeakSanitizer cannot see through Swift's tagged enum payloads and
    /// reports as leaked at exit. No invariant checked here depends on the key.
    static let redactor: Redactor = {
        do {
            return try Redactor(configuration: RedactorConfiguration())
        } catch {
            fatalError("cannot build the redactor: \(error)")
        }
    }()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let input: UTF8Input
        do {
            input = try UTF8Input(bytes: bytes, lossy: true)
        } catch {
            fatalError("lossy decoding threw")
        }
        let string = input.string
        let text: Text
        let result: RedactionResult
        let findings: [Finding]
        do {
            text = try Text(string)
            findings = try redactor.engine.scan(text)
            result = try redactor.redact(string)
        } catch {
            fatalError("redaction of valid text threw: \(error)")
        }
        checkFindings(findings, text: text)
        checkAudit(result, text: text)
        let again: RedactionResult
        do {
            again = try redactor.apply(audit: result.audit, to: string)
        } catch {
            fatalError("re-applying the audit threw: \(error)")
        }
        guard again.text == result.text else { fatalError("re-applied audit gives another text") }
        guard again.audit == result.audit else { fatalError("re-applied audit gives another audit") }
    }

    static func checkFindings(_ findings: [Finding], text: Text) {
        var end = 0
        for finding in findings {
            let range = finding.range
            guard range.lowerBound >= end, !range.isEmpty, range.upperBound <= text.utf8.count else {
                fatalError("findings overlap, are empty or out of bounds")
            }
            guard boundary(range.lowerBound, in: text), boundary(range.upperBound, in: text) else {
                fatalError("finding splits a scalar")
            }
            end = range.upperBound
        }
    }

    static func checkAudit(_ result: RedactionResult, text: Text) {
        let audit = result.audit
        let output = Array(result.text.utf8)
        guard audit.inputLength.utf8 == text.utf8.count, audit.inputLength.unicodeScalars == text.offsets.scalarCount,
              audit.inputLength.utf16 == text.offsets.utf16Count else { fatalError("input length wrong") }
        guard audit.outputLength.utf8 == output.count, audit.outputLength.unicodeScalars == result.text.unicodeScalars.count,
              audit.outputLength.utf16 == result.text.utf16.count else { fatalError("output length wrong (invalid UTF-8 repaired?)") }
        var inputCursor = 0
        var outputCursor = 0
        for change in audit.changes where change.status != .rejected {
            guard let span = change.input.utf8, let out = change.output?.utf8, let replacement = change.replacement else {
                fatalError("applied change without spans")
            }
            guard span.lowerBound >= inputCursor, !span.isEmpty, span.upperBound <= text.utf8.count else {
                fatalError("audit input spans overlap or are out of bounds")
            }
            guard boundary(span.lowerBound, in: text), boundary(span.upperBound, in: text) else { fatalError("audit span splits a scalar") }
            guard let scalars = try? text.offsets.convert(span, from: .utf8, to: .unicodeScalars), scalars == change.input.unicodeScalars,
                  let utf16 = try? text.offsets.convert(span, from: .utf8, to: .utf16), utf16 == change.input.utf16 else {
                fatalError("audit units disagree")
            }
            // Unchanged text between changes.
            let gap = span.lowerBound - inputCursor
            guard out.lowerBound == outputCursor + gap, out.upperBound <= output.count,
                  output[outputCursor..<out.lowerBound].elementsEqual(text.utf8[inputCursor..<span.lowerBound]) else {
                fatalError("text between changes altered")
            }
            guard output[out].elementsEqual(replacement.utf8) else { fatalError("output span does not hold the replacement") }
            inputCursor = span.upperBound
            outputCursor = out.upperBound
        }
        guard output.count - outputCursor == text.utf8.count - inputCursor,
              output[outputCursor...].elementsEqual(text.utf8[inputCursor...]) else { fatalError("tail altered") }
        guard String(validating: output, as: UTF8.self) != nil else { fatalError("output is not valid UTF-8") }
    }

    static func boundary(_ offset: Int, in text: Text) -> Bool {
        offset == text.utf8.count || text.utf8[offset] & 0xC0 != 0x80
    }
}

/// libFuzzer's set-up hook: builds the redactor and runs one warm-up document, so that
/// lazily created globals (the redactor, lookup tables) exist before leak checking starts
/// and are not reported as leaks of the first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    let warmUp = "Officer J\u{43E}hnson called ６０２-５５５-０１４３ and 6 0 2 5 5 5 0 1 4 3 or six oh two five five five zero one four three \u{202E}x"
    let bytes = Array(warmUp.utf8)
    bytes.withUnsafeBufferPointer { RedactFuzz.check($0) }
    return 0
}

/// The libFuzzer hook.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    RedactFuzz.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}
