import GradusLessons
import GradusOptim
import GradusRuns
import Testing

/// Trace export (`TraceExport.swift`): CSV, JSON and the terminal table.
struct TraceExportTests {
    @Test func csvHasOneRowPerIterationUnderThetaColumns() throws {
        let run = try #require(try lessonRun(Examples.newton).run(named: "nt"))
        // ½x² from 4: J = 8, ∇J = 4, then the Newton step lands on 0 (J = 0, ∇J = 0).
        #expect(
            TraceExport.csv(run)
                == "k,theta0,loss,gradient0,gradient_norm,lr\n0,4.0,8.0,4.0,4.0,1.0\n1,0.0,0.0,0.0,0.0,1.0\n")
    }

    @Test func aFormulasVariablesNameTheColumns() throws {
        let run = try #require(try lessonRun(Examples.bowl).run(named: "bowl"))
        let csv = TraceExport.csv(run)
        #expect(csv.hasPrefix("k,x,y,loss,gradient_x,gradient_y,gradient_norm,lr\n"))
        // f(1, 1) = 4, ∇f = (2, 6), ‖∇f‖ = √40, lr 0.1.
        #expect(csv.split(separator: "\n")[1] == "0,1.0,1.0,4.0,2.0,6.0,\(40.0.squareRoot()),0.1")
        let json = TraceExport.json(run)
        #expect(json.contains("\"variables\": [\"x\", \"y\"],\n"))
        #expect(TraceExport.table(run).split(separator: "\n")[1].contains("grad[y]"))
    }

    @Test func jsonCarriesTheRecordOfEveryIteration() throws {
        let run = try #require(try lessonRun(Examples.square).run(named: "sq"))
        let json = TraceExport.json(run)
        #expect(
            json.hasPrefix(
                "{\n  \"example\": \"sq\",\n  \"outcome\": \"reached the iteration limit of 2\",\n  \"iteration_count\": 2,\n"
            ))
        // x = 3, J = 9, f′ = 6, lr 0.25, update −1.5; the final record (x = 0.75) made no step.
        #expect(
            json.contains(
                "{\"k\": 0, \"theta\": [3.0], \"loss\": 9.0, \"gradient\": [6.0], \"gradient_norm\": 6.0, \"lr\": 0.25, \"update\": [-1.5]"
            ))
        #expect(
            json.contains(
                "{\"k\": 2, \"theta\": [0.75], \"loss\": 0.5625, \"gradient\": [1.5], \"gradient_norm\": 1.5, \"lr\": 0.25}"
            ))
        #expect(!json.contains("\"sampled\""))
    }

    @Test func severalRunsAreOneJSONArray() throws {
        let runs = try lessonRun(Examples.square, Examples.bowl).runs
        let json = TraceExport.json(runs)
        #expect(json.hasPrefix("[\n{\n  \"example\": \"sq\""))
        #expect(json.contains("}\n,\n{\n  \"example\": \"bowl\"") || json.contains("},\n{\n  \"example\": \"bowl\""))
        #expect(json.hasSuffix("}\n]\n"))
    }

    @Test func aMiniBatchRunCarriesTheBatchLossOfEachStep() throws {
        let examples = """
              - name: batches
                objective: linear-regression
                data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}
                start: [0.5, -0.5]
                optimizer: {method: sgd, lr: 0.01, batch_size: 2, seed: 3}
                stop: {max-iterations: 4}

            """
        let batches = try #require(try lessonRun(examples).run(named: "batches"))
        let json = TraceExport.json(batches)
        let first = try #require(batches.trace.iterations[0].batch)
        #expect(
            json.contains(
                "\"batch_loss\": \(first.loss), \"batch_gradient\": [\(first.gradient[0]), \(first.gradient[1])]"))
        // One per update, none on the final record.
        #expect(json.components(separatedBy: "\"batch_loss\"").count - 1 == 4)
    }

    @Test func aLimitKeepsTheFirstAndTheFinalRecordsEvenlySpread() throws {
        let examples = """
              - name: long
                objective: {formula: "x^2"}
                start: [1]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 100}

            """
        let run = try #require(try lessonRun(examples).run(named: "long"))
        // 101 records (k = 0…100) shown as 5: every 25th.
        #expect(TraceExport.rows(run, limit: 5).map(\.k) == [0, 25, 50, 75, 100])
        #expect(TraceExport.rows(run, limit: nil).count == 101)
        #expect(TraceExport.rows(run, limit: 200).count == 101)
        #expect(TraceExport.json(run, limit: 5).contains("\"sampled\": {\"shown\": 5, \"kept\": 101},\n"))
        #expect(TraceExport.csv(run, limit: 5).split(separator: "\n").count == 6)  // header and five rows
    }

    @Test func theTableShowsTheStartAndTheEndUnderTheOutcome() throws {
        let examples = """
              - name: long
                objective: {formula: "x^2"}
                start: [1]
                optimizer: {method: gd, lr: 0.01}
                stop: {max-iterations: 100}

            """
        let run = try #require(try lessonRun(examples).run(named: "long"))
        let lines = TraceExport.table(run, rows: 2).split(separator: "\n")
        #expect(lines[0] == "long: reached the iteration limit of 100")
        // Header, k = 0 and 1, the gap, k = 99 and 100.
        #expect(lines.count == 7)
        #expect(lines[4].hasPrefix("..."))
        #expect(lines[6].trimmingPrefix(while: { $0 == " " }).hasPrefix("100 "))
        #expect(TraceExport.table(run, rows: 2, outcome: "达到迭代上限 100 次").hasPrefix("long: 达到迭代上限 100 次\n"))
    }
}
