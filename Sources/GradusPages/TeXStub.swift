// TEMPORARY until GradusMath lands: shows the TeX source escaped.
enum MathStyle { case inline, display }
struct MathError: Error { let utf8Offset: Int; let message: String }
enum TeX {
    static func mathML(_ tex: String, style: MathStyle) throws(MathError) -> String {
        "<code class=\"tex\">\(HTML.escape(tex))</code>"
    }
}
