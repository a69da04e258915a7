/// Lawson and Hanson's active-set method on the normal equations: minimises ‖Ax − b‖² subject to x ≥ 0 given
/// AᵀA (`gram`, n × n, row-major) and Aᵀb. Small problems only (a few dozen unknowns), which is all the channel
/// model needs; `ridge` is added to the diagonal so nearly collinear columns still give a unique answer.
enum NonNegativeLeastSquares {
    static func solve(gram: [Double], rhs: [Double], ridge: Double = 0) -> [Double] {
        let n = rhs.count
        var gram = gram
        for index in 0..<n { gram[index * n + index] += ridge }
        var x = [Double](repeating: 0, count: n)
        var passive = [Bool](repeating: false, count: n)
        let scale = (0..<n).reduce(0.0) { max($0, abs(gram[$1 * n + $1])) }
        let tolerance = 1e-12 * max(1, scale)
        for _ in 0..<(3 * n + 10) {
            let gradient = residualGradient(gram, rhs, x)
            guard
                let entering = (0..<n).filter({ !passive[$0] && gradient[$0] > tolerance }).max(by: {
                    gradient[$0] < gradient[$1]
                })
            else { break }
            passive[entering] = true
            for _ in 0..<(3 * n + 10) {
                let indices = (0..<n).filter { passive[$0] }
                let solved = solveSubsystem(gram, rhs, indices, n)
                var z = [Double](repeating: 0, count: n)
                for (position, index) in indices.enumerated() { z[index] = solved[position] }
                if indices.allSatisfy({ z[$0] > 0 }) {
                    x = z
                    break
                }
                var step = 1.0
                for index in indices where z[index] <= 0 {
                    let denominator = x[index] - z[index]
                    if denominator > 0 { step = min(step, x[index] / denominator) }
                }
                for index in 0..<n { x[index] += step * (z[index] - x[index]) }
                for index in indices where x[index] <= 1e-14 {
                    passive[index] = false
                    x[index] = 0
                }
            }
        }
        return x
    }

    /// Aᵀb − AᵀA x: positive where increasing a variable lowers the error.
    private static func residualGradient(_ gram: [Double], _ rhs: [Double], _ x: [Double]) -> [Double] {
        let n = rhs.count
        return (0..<n).map { row in
            var sum = rhs[row]
            for column in 0..<n { sum -= gram[row * n + column] * x[column] }
            return sum
        }
    }

    /// Solves the normal equations restricted to `indices` by Gaussian elimination with partial pivoting.
    private static func solveSubsystem(_ gram: [Double], _ rhs: [Double], _ indices: [Int], _ n: Int) -> [Double] {
        let size = indices.count
        var matrix = [Double](repeating: 0, count: size * (size + 1))
        for (row, i) in indices.enumerated() {
            for (column, j) in indices.enumerated() { matrix[row * (size + 1) + column] = gram[i * n + j] }
            matrix[row * (size + 1) + size] = rhs[i]
        }
        return GaussianElimination.solve(&matrix, size: size)
    }
}

/// Dense linear systems of a few dozen unknowns.
enum GaussianElimination {
    /// Solves the augmented `size × (size + 1)` system in place; a singular pivot gives 0 for that unknown.
    static func solve(_ matrix: inout [Double], size: Int) -> [Double] {
        let width = size + 1
        for column in 0..<size {
            var pivot = column
            for row in (column + 1)..<max(column + 1, size)
            where abs(matrix[row * width + column]) > abs(matrix[pivot * width + column]) {
                pivot = row
            }
            if pivot != column {
                for k in 0..<width { matrix.swapAt(column * width + k, pivot * width + k) }
            }
            let value = matrix[column * width + column]
            guard abs(value) > 1e-300 else { continue }
            for row in (column + 1)..<max(column + 1, size) {
                let factor = matrix[row * width + column] / value
                guard factor != 0 else { continue }
                for k in column..<width { matrix[row * width + k] -= factor * matrix[column * width + k] }
            }
        }
        var solution = [Double](repeating: 0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = matrix[row * width + size]
            for k in (row + 1)..<max(row + 1, size) { sum -= matrix[row * width + k] * solution[k] }
            let value = matrix[row * width + row]
            solution[row] = abs(value) > 1e-300 ? sum / value : 0
        }
        return solution
    }

    /// The inverse of a small symmetric positive matrix (row-major), for variance inflation factors.
    static func inverse(_ matrix: [Double], size: Int) -> [Double] {
        var inverse = [Double](repeating: 0, count: size * size)
        for column in 0..<size {
            var augmented = [Double](repeating: 0, count: size * (size + 1))
            for row in 0..<size {
                for k in 0..<size { augmented[row * (size + 1) + k] = matrix[row * size + k] }
                augmented[row * (size + 1) + size] = row == column ? 1 : 0
            }
            let solution = solve(&augmented, size: size)
            for row in 0..<size { inverse[row * size + column] = solution[row] }
        }
        return inverse
    }
}
