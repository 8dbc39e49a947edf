import Testing
import WikiCheck
import WikiModel

@Suite struct CheckerTests {
    @Test func emptyArticleHasNoFindings() {
        #expect(Checker.check(Article(title: "Empty")).isEmpty)
    }
}
