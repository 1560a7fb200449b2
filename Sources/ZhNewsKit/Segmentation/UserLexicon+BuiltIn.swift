extension UserLexicon {
    /// A small built-in lexicon of environment and policy terms common in
    /// Chinese news that ICU's dictionary splits. A documented prior, not a
    /// complete vocabulary; pass your own with ``UserLexicon/init(_:)``.
    public static let builtIn = UserLexicon([
        "碳达峰",  // carbon peaking
        "碳中和",  // carbon neutrality
        "生态环境局",  // ecology and environment bureau
        "生态环境部",  // Ministry of Ecology and Environment
        "同比",  // year on year
        "环比",  // month on month
        "百分点",  // percentage point
        "优良率",  // good-air-quality rate
        "达标率",  // compliance rate
    ])
}
