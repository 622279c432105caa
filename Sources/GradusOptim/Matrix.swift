/// A dense matrix of `Double`, stored row by row.
public struct Matrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Row-major storage: element (i, j) is at `i * columns + j`.
    public private(set) var storage: [Double]

    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(storage.count == rows * columns, "storage does not match the shape")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Builds a matrix from rows of equal length.
    public init(_ rowValues: [[Double]]) {
        let columns = rowValues.first?.count ?? 0
        precondition(rowValues.allSatisfy { $0.count == columns }, "ragged rows")
        self.init(rows: rowValues.count, columns: columns, storage: rowValues.flatMap { $0 })
    }

    public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    public func row(_ i: Int) -> ArraySlice<Double> {
        storage[(i * columns)..<((i + 1) * columns)]
    }
}
