import Foundation
import Testing

@testable import ZhNewsKit

struct NumberScannerTests {
    @Test(arguments: ["0", "7", "2024", "1.50", "100.00", "0.05", "123456789012345678", "1234567890123456789", "3.14159265358979323846"])
    func digitRunReadsLikeDecimal(_ digits: String) {
        var run = NumberScanner.DigitRun()
        for c in digits.unicodeScalars { run.append(c) }
        #expect(run.length == digits.unicodeScalars.count)
        let value = run.value ?? NumberScanner.decimal(digits)
        #expect(value == NumberScanner.decimal(digits))
        #expect("\(value)" == "\(NumberScanner.decimal(digits))")
    }

    @Test(arguments: ["0", "1", "1.50", "100.00", "25000", "0.001"])
    func productByOneIsTheValueItself(_ digits: String) {
        let x = NumberScanner.decimal(digits)
        #expect("\(NumberScanner.product(x, 1))" == "\(x * 1)")
        #expect(NumberScanner.product(x, 10_000) == x * 10_000)
    }

    @Test func unitSurfacesKeepTheirText() {
        let scanner = NumberScanner("约3.5万千瓦时")
        #expect(scanner.text(3..<8) == "5万千瓦时")
        #expect(scanner.text(-3..<100) == "约3.5万千瓦时")
    }
}
