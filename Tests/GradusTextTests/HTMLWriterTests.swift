import GradusText
import Testing

struct HTMLWriterTests {
    @Test func textIsEscaped() {
        var writer = HTMLWriter()
        writer.element("p", "<script>alert('x')</script> & more")
        #expect(writer.html == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>")
    }

    @Test func attributesAreEscaped() {
        var writer = HTMLWriter()
        writer.open("a", [.init("title", "say \"hi\" & 'bye'"), .url("href", "/a b?q=1&r=2")])
        writer.close("a")
        #expect(writer.html == "<a title=\"say &quot;hi&quot; &amp; &#39;bye&#39;\" href=\"/a%20b?q=1&amp;r=2\"></a>")
    }

    @Test func rawIsWrittenAsItIsWithItsText() {
        var writer = HTMLWriter()
        writer.open("p")
        writer.raw("<math><mi>x</mi></math>", text: "x")
        writer.text("done")
        writer.close("p")
        #expect(writer.html == "<p><math><mi>x</mi></math>done</p>")
        #expect(HTMLWriter.readable(writer.text) == "x done")
    }

    @Test func voidElementsAreWrittenAsCmarkWritesThem() {
        var writer = HTMLWriter()
        writer.void("img", [.init("alt", "a")])
        #expect(writer.html == "<img alt=\"a\" />")
    }

    @Test func readableTextLeavesOutTablesAndFigures() {
        var writer = HTMLWriter()
        writer.element("h2", "Title")
        writer.open("table")
        writer.element("td", "1.5")
        writer.close("table")
        writer.open("svg")
        writer.element("text", "axis")
        writer.close("svg")
        writer.element("p", "after")
        #expect(HTMLWriter.readable(writer.text) == "Title after")
    }
}
