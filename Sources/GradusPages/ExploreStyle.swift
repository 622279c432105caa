/// The styles of explore blocks: the map scales to the column, the controls wrap on a phone, and the small
/// multiples show only without the script and in print.
enum ExploreStyle {
    static let css = """
        div.explore { margin: 1.5em 0; }
        div.explore figure.explore-figure { margin: 0; }
        div.explore p.explore-title { margin: 0 0 0.2em; font: 600 15px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        div.explore.explore-live figure.explore-figure svg { cursor: crosshair; }
        div.explore .explore-controls { margin: 0.6em 0; }
        div.explore .explore-controls[hidden] { display: none; }
        div.explore .explore-hint { margin: 0 0 0.4em; }
        div.explore .explore-setting { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.6em; margin: 0.3em 0; }
        div.explore .explore-setting label { flex: 0 0 10em; }
        div.explore .explore-setting input[type=range] { flex: 1 1 10em; min-width: 8em; min-height: 24px; }
        div.explore .explore-setting output { min-width: 4em; font-variant-numeric: tabular-nums; }
        div.explore .explore-setting select { font: inherit; min-height: 24px; }
        div.explore .explore-play { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; margin-top: 0.5em; }
        div.explore .explore-play button { font: inherit; min-height: 32px; padding: 0.2em 0.9em; }
        div.explore .explore-k { font-variant-numeric: tabular-nums; }
        div.explore figcaption p { margin: 0.4em 0; }
        div.explore .explore-multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 0.8em; }
        div.explore figure.explore-multiple { margin: 0; }
        div.explore figure.explore-multiple svg { display: block; width: 100%; height: auto; }
        div.explore figure.explore-multiple figcaption { font-size: 0.9em; }
        @media (max-width: 600px) { div.explore .explore-setting label { flex: 1 0 100%; } }
        @media screen { div.explore.explore-live .explore-fallback { display: none; } }
        @media print {
          div.explore .explore-controls { display: none; }
          div.explore figure.explore-multiple { break-inside: avoid; }
          div.explore .explore-fallback > p { break-after: avoid; }
        }

        """
}
