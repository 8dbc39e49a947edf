import Foundation
import Synchronization
import Testing
@testable import WikiDump

/// `DumpPipeline`: pages transformed on several threads come out in page order; bad pages
/// (too large, over their time budget, failing) are reported with title and id and skipped;
/// fatal damage comes last; the reader never runs further ahead than the bound.
@Suite struct PipelineTests {
    /// Everything a pipeline delivered: transformed titles, skipped errors, the fatal error.
    struct Run {
        var titles: [String] = []
        var skipped: [DumpError] = []
        var fatal: Error?
    }

    static func drain<T>(_ pipeline: DumpPipeline<T>, _ title: (T) -> String) -> Run {
        var run = Run()
        do {
            while let event = try pipeline.next() {
                switch event {
                case .page(let output, _): run.titles.append(title(output))
                case .skipped(let error, _): run.skipped.append(error)
                }
            }
        } catch {
            run.fatal = error
        }
        return run
    }

    static func pages(_ count: Int, text: (Int) -> String = { "<text>page \($0)</text>" }) -> String {
        Samples.export((1...count).map { Samples.page(id: $0, title: "P\($0)", text: text($0)) }.joined())
    }

    @Test(arguments: [1, 2, 5])
    func outputKeepsPageOrderWhateverTheWorkers(jobs: Int) throws {
        let path = try Samples.writeTemp(Self.pages(300))
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: jobs) { page, _ in
            if page.id % 7 == 0 { usleep(UInt32(page.id % 3) * 1000) }  // finish out of order
            return page.title
        }
        let run = Self.drain(pipeline) { $0 }
        #expect(run.titles == (1...300).map { "P\($0)" })
        #expect(run.skipped.isEmpty && run.fatal == nil)
    }

    @Test func multistreamSampleGivesTheSameOrderAsReadingIt() throws {
        let path = try Samples.path(Samples.multistream)
        var options = DumpOptions.all
        options.indexPath = try Samples.path(Samples.multistreamIndex)
        options.jobs = 2
        let expected = try Samples.readAll(path) { $0.indexPath = options.indexPath }.map(\.title)
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: options), jobs: 3) { page, _ in page.title }
        let run = Self.drain(pipeline) { $0 }
        #expect(run.titles == expected)
        #expect(run.titles.count == 206)
    }

    @Test func pageWithTooMuchTextIsReportedWithTitleAndIdAndSkipped() throws {
        let path = try Samples.writeTemp(Self.pages(5) { $0 == 3 ? "<text>" + String(repeating: "x", count: 5000) + "</text>" : "<text>ok</text>" })
        var options = DumpOptions.all
        options.maxTextBytes = 1000
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: options), jobs: 2) { page, _ in page.title }
        let run = Self.drain(pipeline) { $0 }
        #expect(run.titles == ["P1", "P2", "P4", "P5"])
        #expect(run.skipped.count == 1)
        let error = try #require(run.skipped.first)
        #expect(error.kind == .pageTooLarge)
        #expect(error.title == "P3" && error.pageID == 3)
        #expect(error.description.contains("page \"P3\" (id 3)"))
        #expect(error.description.contains("5000 bytes"))
        #expect(!error.description.contains("\n"))
        #expect(run.fatal == nil)
    }

    @Test func pageOverTheXMLLimitIsNamedFromItsFirstBytes() throws {
        let path = try Samples.writeTemp(Self.pages(3) { $0 == 2 ? "<text>" + String(repeating: "y", count: 3_000_000) + "</text>" : "<text>ok</text>" })
        var options = DumpOptions.all
        options.maxPageBytes = 1 << 20
        let run = Self.drain(DumpPipeline(reader: try DumpReader(path: path, options: options), jobs: 1) { page, _ in page.title }) { $0 }
        #expect(run.titles == ["P1", "P3"])
        #expect(run.skipped.map(\.kind) == [.pageTooLarge])
        #expect(run.skipped.first?.title == "P2" && run.skipped.first?.pageID == 2)
    }

    @Test func pageOverItsTimeBudgetIsReportedAndSkippedAndTheRunGoesOn() throws {
        let path = try Samples.writeTemp(Self.pages(6))
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: 2,
                                    timeLimit: .milliseconds(100)) { page, budget in
            try budget.check("parsing")
            if page.title == "P4" { while budget.elapsed < .milliseconds(300) {} }  // a pathological page: busy
            try budget.check("extraction")
            return page.title
        }
        let run = Self.drain(pipeline) { $0 }
        #expect(run.titles == ["P1", "P2", "P3", "P5", "P6"])
        let error = try #require(run.skipped.first)
        #expect(run.skipped.count == 1)
        #expect(error.kind == .pageOverBudget && error.isRecoverable)
        #expect(error.description.contains("page \"P4\" (id 4)"))
        #expect(error.description.contains("extraction took"))
    }

    @Test func aThrowingTransformSkipsThatPageOnly() throws {
        struct Boom: Error {}
        let path = try Samples.writeTemp(Self.pages(4))
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: 2) { page, _ in
            if page.id == 2 { throw Boom() }
            return page.title
        }
        let run = Self.drain(pipeline) { $0 }
        #expect(run.titles == ["P1", "P3", "P4"])
        #expect(run.skipped.map(\.kind) == [.pageFailed])
        #expect(run.skipped.first?.description.contains("page \"P2\" (id 2)") == true)
    }

    @Test func damageComesAfterEveryPageBeforeIt() throws {
        var xml = Self.pages(50)
        xml = String(xml.prefix(xml.count * 3 / 4))  // cut inside a page
        let path = try Samples.writeTemp(xml)
        let run = Self.drain(DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: 3) { page, _ in page.title }) { $0 }
        #expect(run.titles.count >= 30)
        #expect(run.titles == (1...run.titles.count).map { "P\($0)" })
        #expect((run.fatal as? DumpError)?.kind == .truncatedXML)
    }

    @Test func theReaderStaysWithinTheBound() throws {
        let path = try Samples.writeTemp(Self.pages(200))
        let started = Atomic<Int>(0)
        let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: 2,
                                    maxPagesInFlight: 4) { page, _ in
            started.add(1, ordering: .relaxed)
            return page.title
        }
        var taken = 0
        var worst = 0
        while let event = try pipeline.next() {
            if case .page = event { taken += 1 }
            if taken % 20 == 0 { usleep(2000) }  // a slow writer now and then
            worst = max(worst, started.load(ordering: .relaxed) - taken)
        }
        #expect(taken == 200)
        #expect(worst <= 4)
    }

    @Test func droppingThePipelineEarlyStopsIt() throws {
        let path = try Samples.writeTemp(Self.pages(500))
        let processed = Atomic<Int>(0)
        do {
            let pipeline = DumpPipeline(reader: try DumpReader(path: path, options: .all), jobs: 2,
                                        maxPagesInFlight: 8) { page, _ in
                processed.add(1, ordering: .relaxed)
                return page.id
            }
            for _ in 0..<3 { _ = try pipeline.next() }
        }
        usleep(100_000)
        #expect(processed.load(ordering: .relaxed) < 100)
    }
}
