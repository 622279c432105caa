extension ListingWords {
    /// The Chinese listings, in the words of the Chinese pages (Hessian 矩阵, 小批量, 迭代上限).
    public static let chinese = ListingWords(
        language: "zh",
        texts: [
            .headerSource: "{title}，出自 {file}。",
            .headerGenerated: "由 Gradus 生成：目标函数、初始点、方法和停止规则都与页面相同。",
            .headerPrints: "程序打印最初几次和最后几次迭代的 k、θ 和 J(θ)（即页面上的表格）。",
            .headerNames: "页面上，{names}。",
            .nameIs: "theta[{index}] 即 {name}",
            .nameSeparator: "，",
            .tableRows: "页面表格中的各行：最初 {first} 个和最后 {last} 个迭代点。",
            .history: "每个迭代点的 (k, θ, J(θ))",

            .newtonNeedsHessian: "牛顿法需要这个目标函数的 Hessian 矩阵，但 Gradus 没有为它写出。",
            .torchHasNoNewton: "torch.optim 没有牛顿法；NumPy 版的程序把它逐步写了出来。",

            .outcomeNotFinite: "发散：某个值已不再是有限数",
            .outcomePast: "发散：超过了 {bound}",
            .outcomeGradient: "收敛：梯度的范数不超过 {tolerance}",
            .outcomeLossChange: "收敛：损失的变化不超过 {tolerance}",
            .outcomeLimit: "达到迭代上限，停止",
            .outcomeIndefinite: "失败：Hessian 矩阵不是正定的",
            .outcomeLineSearch: "失败：线搜索试了 {trials} 次，没有一个步长通过",

            .dataColumns: "共 {rows} 个样本：x1…x{columns} 列是特征，y 列是目标值。",
            .oneRowPerSample: "每行一个样本",
            .sumNote: """
            Xθ 写成求和 (X * theta).sum(axis=1)，让 NumPy 按 Gradus 的顺序累加各项，
            打印出的每一位数字都与页面相同（用 X @ theta 时最后一位可能不同）。
            """,
            .halfMSEDoc: "J(θ) = ‖Xθ − y‖² / (2m) 及其梯度 Xᵀ(Xθ − y) / m。",
            .mseDoc: "J(θ) = ‖Xθ − y‖² / m（即 torch 的 MSELoss）及其梯度 2Xᵀ(Xθ − y) / m。",
            .residuals: "残差 Xθ − y",
            .logisticDoc: "逻辑回归模型的平均交叉熵及其梯度 Xᵀ(σ(Xθ) − y) / m。",
            .probabilities: "预测的概率",
            .quadraticDoc: "J(θ) = ½ θᵀAθ − bᵀθ 及其梯度 Aθ − b。",
            .centredDoc: "J(θ) = ½ (θ − c)ᵀA(θ − c) 及其梯度 A(θ − c)。",
            .leastAt: "J 在此处取最小值",
            .rosenbrockDoc: "Rosenbrock 函数 (a − x)² + b(y − x²)² 及其梯度。",
            .himmelblauDoc: "Himmelblau 函数 (x² + y − 11)² + (x + y² − 7)² 及其梯度。",
            .boothDoc: "Booth 函数 (x + 2y − 7)² + (2x + y − 5)² 及其梯度。",
            .bealeDoc: "Beale 函数 Σᵢ (cᵢ − x + x·yⁱ)²（其中 c = 1.5, 2.25, 2.625）及其梯度。",
            .yPower: "y 的 i − 1 次幂",
            .wavyDoc: "x²/8 + sin 3x 及其导数。",
            .formulaDoc: "J = {formula} 及其梯度（由 Gradus 求导得出）。",

            .stepFactor: "步长因子",
            .armijo: "Armijo 回溯线搜索",
            .positiveDefinite: "仅当 H 正定时才能成功",
            .fallBackToGradient: "不是下降方向：改走负梯度方向",
            .newtonAnyway: "照样走牛顿步",
            .momentumBuffer: "动量缓冲，在第一步时赋值",
            .firstMoment: "一阶矩：梯度的滑动平均",
            .secondMoment: "二阶矩：梯度平方的滑动平均",
            .squaredGradients: "梯度平方的累加和",
            .gradientClipping: "梯度裁剪",
            .clipNorm: "按范数裁剪梯度",
            .maximize: "maximize：沿梯度上升而不是下降",
            .nesterov: "Nesterov：先向前看一步",
            .stepsTaken: "已走的步数，包括这一步",
            .decoupledDecay: "AdamW：直接让 θ 衰减",
            .schedule: "{name} 学习率调度",
            .scheduleClosedForm: "学习率调度的闭式表达式，与 Gradus 的算法相同。",
            .backIntoBox: "投影回约束框内",

            .samplerNote: """
            Gradus 用 SplitMix64 抽取小批量，因此在每台机器上都一样。
            若改用 np.random 抽取，小批量会不同，打印出的数字也会不同（但同样正确）。
            """,
            .splitmixDoc: "SplitMix64 的一步：新的状态和 64 个随机位。",
            .shuffledDoc: "打乱顺序的 0, …, n − 1（Fisher–Yates 洗牌，用 Lemire 方法无偏抽取）和新的状态。",
            .batchesDoc: "小批量的行号；每一轮（epoch）恰好访问每一行一次。",
            .miniBatch: "这一步的小批量",
        ])
}
