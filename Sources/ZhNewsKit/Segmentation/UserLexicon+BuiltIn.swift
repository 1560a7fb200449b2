extension UserLexicon {
    /// A small built-in lexicon of environment and policy terms common in
    /// Chinese news that ICU's dictionary splits (checked against ICU 72).
    ///
    /// A documented prior, not a vocabulary: it covers generic terms of the
    /// environment and economy beat plus one place name as an example of what
    /// a user lexicon is for. Pass your own with ``init(_:)`` or
    /// ``load(from:normalizer:)``, or an empty lexicon to turn merging off.
    public static let builtIn = UserLexicon([
        // Climate and pollution
        "碳达峰",  // carbon peaking
        "碳中和",  // carbon neutrality
        "减排",  // emission reduction
        "节能减排",  // energy saving and emission reduction
        "碳排放",  // carbon emissions
        "温室气体",  // greenhouse gases
        "细颗粒物",  // fine particulate matter
        "可吸入颗粒物",  // inhalable particulate matter
        "重污染天数",  // heavy-pollution days
        "黑臭水体",  // black and malodorous water bodies
        "饮用水源地",  // drinking-water source
        "固废",  // solid waste
        "危废",  // hazardous waste
        "污水处理厂",  // sewage treatment plant
        "水质达标率",  // water-quality compliance rate
        "优良率",  // good-air-quality rate
        "达标率",  // compliance rate
        "利用率",  // utilisation rate
        "覆盖率",  // coverage rate
        "森林覆盖率",  // forest coverage rate
        // Institutions and policy
        "生态环境局",  // ecology and environment bureau
        "生态环境部",  // Ministry of Ecology and Environment
        "生态环境厅",  // provincial ecology and environment department
        "环保督察",  // environmental inspection
        "河长制",  // river chief system
        "湖长制",  // lake chief system
        "排污许可",  // pollutant discharge permit
        "环境影响评价",  // environmental impact assessment
        "绿色发展",  // green development
        "高质量发展",  // high-quality development
        // Statistics
        "同比",  // year on year
        "环比",  // month on month
        "百分点",  // percentage point
        "增长率",  // growth rate
        "年均浓度",  // annual mean concentration
        // Place (an example of what user lexicons are for)
        "东江湖",  // Dongjiang Lake (Chenzhou, Hunan)
    ])
}
