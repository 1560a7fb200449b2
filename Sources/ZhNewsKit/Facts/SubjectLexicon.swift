/// The grammatical role a word plays around a quantity, as far as subject and
/// change resolution needs to know it.
enum WordClass: Sendable, Hashable {
    /// A noun or anything not listed: part of a noun phrase.
    case nominal
    /// A scope word fused to a noun phrase (`全市`), skipped between a rank verb and its rank.
    case scope
    /// A deictic jurisdiction (`我市`): ends a noun phrase without belonging to it.
    case deictic
    /// A time word (`去年`, `目前`): ends a noun phrase.
    case time
    /// An action verb that takes an object (`实现`, `完成`).
    case verb
    /// A copula or verb of attainment linking a subject to its quantity (`为`, `达`).
    case copula
    /// A verb of rise (`增长`).
    case rise
    /// A verb of fall (`下降`).
    case fall
    /// A noun naming a rise (`增幅`): part of a noun phrase, but marks a change.
    case riseNoun
    /// A noun naming a fall (`降幅`).
    case fallNoun
    /// A change verb fused with its end point (`降至`, `增加到`): the quantity is a level.
    case changeToLevel
    /// A result complement after a change verb (`至`, `到`): the quantity is a level.
    case levelMarker
    /// A verb of ranking (`排名`, `居`).
    case rank
    /// An adverb or predicate modifier (`共`, `累计`, `同比`).
    case adverb
    /// A bound or approximation word outside the quantity (`超过`, `以上`).
    case qualifier
    /// A preposition opening a phrase that is not the subject (`在`, `对`, `比`).
    case preposition
    /// A localizer closing a prepositional phrase (`在全省14个市州中`).
    case localizer
    /// A discourse connector (`其中`, `此外`).
    case connector
    /// A coordinating conjunction inside a noun phrase (`和`, `及`).
    case conjunction
    /// An aspect particle (`了`).
    case aspect
    /// The attributive particle `的` (and `之`).
    case attributive
    /// `等` closing an enumeration.
    case listEnd
    /// The list adverb `分别` ("respectively").
    case respectively
}

/// Word lists behind ``SubjectResolver`` and ``ChangeDetector``: documented
/// priors about common Chinese news grammar, not answers for particular articles.
///
/// Entries are matched on the normalised (simplified) text, longest first,
/// from a word boundary; an entry may join several word pieces (`交办` when
/// the segmenter gives `交`+`办`) but never splits a longer piece on its left.
enum SubjectLexicon {
    /// The longest entry, in characters.
    static let maxLength = 5

    /// The class of a listed word, `nil` for an unlisted one.
    static func wordClass(of word: Substring) -> WordClass? {
        entries[String(word)]
    }

    /// The class of the word made of `bytes` (UTF-8 on character
    /// boundaries), the same as ``wordClass(of:)`` on its text without
    /// building a string for plain Han or ASCII text.
    ///
    /// - Complexity: O(n) for n bytes.
    static func wordClass(ofUTF8 bytes: ArraySlice<UInt8>) -> WordClass? {
        if let table = plainEntries, LexiconKey.isPlain(bytes) {
            // Every entry is plain and short, so a plain word that is not in
            // the table equals none of them.
            guard let key = LexiconKey(bytes) else { return nil }
            return table[key]
        }
        return entries[String(decoding: bytes, as: UTF8.self)]
    }

    /// ``wordClass(ofUTF8:)`` for bytes known to be plain (see ``LexiconKey/isPlain(_:)``).
    static func wordClass(plainUTF8 bytes: ArraySlice<UInt8>) -> WordClass? {
        guard let table = plainEntries else { return entries[String(decoding: bytes, as: UTF8.self)] }
        guard let key = LexiconKey(bytes) else { return nil }
        return table[key]
    }

    /// The classes of the listed words that start at character `start` of a
    /// plain run (see ``LexiconKey/isPlain(_:)``), indexed by length in
    /// characters (index 0 unused); `nil` when the lexicon has non-plain entries.
    ///
    /// The word is extended one character at a time and the walk stops as soon
    /// as no entry starts with it, so an unlisted position costs one or two
    /// probes instead of one per possible length.
    ///
    /// - Parameters:
    ///   - bytes: Text holding the run; `bytes[0]` is byte `base` of the offsets' text.
    ///   - base: The offset of `bytes[0]`.
    ///   - offsets: The offset of each character of the run, then its end.
    ///   - start: The first character.
    ///   - classes: Receives the classes; reset to `maxLength + 1` entries.
    /// - Returns: `false` when the plain tables are unavailable (the caller looks words up one by one).
    /// - Complexity: O(L) for the longest entry L.
    static func wordClasses(
        plainUTF8 bytes: [UInt8], base: Int, offsets: [Int], from start: Int, into classes: inout [WordClass?]
    ) -> Bool {
        guard let table = plainEntries, let prefixes = plainPrefixes else { return false }
        for k in classes.indices { classes[k] = nil }
        var key = LexiconKey([UInt8]())!
        var length = 0
        while length < maxLength, start + length + 1 < offsets.count {
            for i in offsets[start + length]..<offsets[start + length + 1] {
                guard key.append(bytes[i - base]) else { return true }
            }
            length += 1
            classes[length] = table[key]
            guard prefixes[key] != nil else { break }
        }
        return true
    }

    /// Every proper prefix (in characters) of a plain entry, for ``wordClasses(plainUTF8:base:offsets:from:into:)``.
    private static let plainPrefixes: LexiconTable<Bool>? = {
        var keys: [(LexiconKey, Bool)] = []
        var seen = Set<String>()
        for word in entries.keys {
            guard LexiconKey.isPlain(word.utf8) else { return nil }
            var prefix = ""
            for ch in word.dropLast() {
                prefix.append(ch)
                guard seen.insert(prefix).inserted else { continue }
                guard let key = LexiconKey(prefix.utf8) else { return nil }
                keys.append((key, true))
            }
        }
        return LexiconTable(keys)
    }()

    /// Whether plain bytes (see ``LexiconKey/isPlain(_:)``) spell one of ``calendarUnits``.
    static func isCalendarUnit(plainUTF8 bytes: ArraySlice<UInt8>) -> Bool {
        calendarUnitBytes.contains { $0.elementsEqual(bytes) }
    }

    /// ``calendarUnits`` as bytes (all plain, so bytes compare like strings).
    private static let calendarUnitBytes: [[UInt8]] = calendarUnits.map { Array($0.utf8) }

    /// ``entries`` keyed by their bytes, when every entry is plain (see
    /// ``LexiconKey/isPlain(_:)``) and fits a key; `nil` otherwise.
    private static let plainEntries: LexiconTable<WordClass>? = {
        var table: [(LexiconKey, WordClass)] = []
        for (word, c) in entries {
            guard LexiconKey.isPlain(word.utf8), let key = LexiconKey(word.utf8) else { return nil }
            table.append((key, c))
        }
        return LexiconTable(table)
    }()

    /// Single characters that turn a preceding verb into a noun (`利用`+`率`).
    static let nominalSuffixes: Set<Character> = [
        "率",  // rate
        "量",  // amount
        "值",  // value
        "额",  // sum
        "数",  // number of
        "度",  // degree
        "者",  // person who
        "人",  // person
        "员",  // member
        "费",  // fee
        "物",  // thing
        "品",  // product
        "面",  // surface, coverage
        "厂",  // plant
        "站",  // station
        "场",  // site
        "所",  // institute
        "区",  // area
        "业",  // industry
        "器",  // device
        "机",  // machine
        "池",  // tank
        "班",  // class
        "馆",  // hall
        "室",  // room
        "线",  // line
        "点",  // point, site (回收点)
    ]

    /// Head nouns that an action verb may modify inside a noun phrase (`整治任务`).
    static let headNouns: WordSet = [
        "任务",  // task
        "工作",  // work
        "项目",  // project
        "活动",  // activity
        "行动",  // campaign
        "工程",  // works
        "设施",  // facilities
        "资金",  // funds
        "问题",  // problems
        "案件",  // cases
        "企业",  // enterprises
        "面积",  // area
        "人员",  // personnel
        "车辆",  // vehicles
        "点位",  // monitoring points
        "中心",  // centre (服务中心)
        "机构",  // institution
        "网点",  // outlet
        "平台",  // platform
        "窗口",  // service window
        "人数",  // number of people
        "对象",  // recipients
    ]

    /// Single-character time prefixes fused to a verb inside a noun (`日处理能力`).
    static let boundTimePrefixes: WordSet = [
        "日",  // daily
        "年",  // annual
        "月",  // monthly
        "时",  // hourly
    ]

    /// Final characters of place and organisation nouns: `N个设区市的考核` counts the
    /// places, not what follows `的`.
    static let possessorEndings: Set<Character> = [
        "市",  // city
        "县",  // county
        "区",  // district
        "省",  // province
        "镇",  // town
        "乡",  // township
        "村",  // village
        "州",  // prefecture
        "国",  // country
        "司",  // company (公司)
        "位",  // unit (单位)
        "校",  // school
        "门",  // department (部门)
        "业",  // enterprise, industry
    ]

    /// Nouns that open the measured attribute of an entity (`断面` + `水质优良比例`):
    /// where `N个[entity][attribute]为X%` splits between what is counted and what is measured.
    static let attributeStarters: WordSet = [
        "水质",  // water quality
        "空气质量",  // air quality
        "空气",  // air
        "质量",  // quality
        "浓度",  // concentration
        "比例",  // proportion
        "占比",  // share
        "比重",  // share
        "幅度",  // extent
        "能力",  // capacity
        "指数",  // index
        "面积",  // area
        "总量",  // total amount
        "数量",  // quantity
        "规模",  // scale
        "能耗",  // energy use
        "产值",  // output value
        "排放量",  // emissions
        "优良率",  // good-quality rate
        "达标率",  // compliance rate
        "总",  // total
        "投资",  // investment
        "金额",  // amount
        "收入",  // income
        "产量",  // output
        "销量",  // sales volume
        "销售额",  // sales
    ]

    private static let total = "总"  // total
    private static let rate = "率"  // rate

    /// Whether a word names a measured attribute (listed, or `总…`, or `…率`).
    static func isAttribute(_ word: Substring) -> Bool {
        attributeStarters.contains(word) || ((word.hasPlainPrefix(total) || word.hasPlainSuffix(rate)) && word.characterCount >= 2)
    }

    /// Light verbs: they take a verbal or abstract object and never fuse into
    /// a noun (`实现产值`, `完成整治`, `投资完成…`).
    static let lightVerbs: WordSet = [
        "实现",  // achieve
        "完成",  // complete
        "开展",  // carry out
        "进行",  // conduct
        "实施",  // implement
        "实行",  // practise
        "推进",  // advance
        "组织",  // organise
        "安排",  // allocate
        "新增",  // add
        "获得",  // obtain
        "取得",  // gain
        "获",  // obtain
        "有",  // have
        "涉及",  // involve
        "包括",  // include
    ]

    /// Verbs of creation: with an object before a measure they report a rise
    /// (`新增…库容1.6亿立方米`), before a count the number of new items.
    static let creationVerbs: WordSet = [
        "新增",  // add
        "新添",  // newly add
        "增设",  // set up additionally
    ]

    /// Words that open a comparison (`比去年同期`, `较上年`, `同比`, `环比`).
    static let comparisonHeads: [String] = [
        "比",  // than
        "较",  // compared with
        "同比",  // year on year
        "环比",  // period on period
    ]

    /// Verbs of saving: a percentage after their object is the share by which
    /// it falls (`节省农药15%`); an amount is what was saved.
    static let savingVerbs: WordSet = [
        "节约",  // save
        "节省",  // save
        "节能",  // save energy
    ]

    /// First characters of quantities that name their own rise (`翻了一番`).
    static let doublingVerbs: Set<Character> = [
        "翻",  // double (翻一番)
    ]

    /// Intransitive verbs of a state, an event or a participation: right
    /// before a count they are the predicate of the noun before it
    /// (`树木倒塌320棵` → `树木`), opening a phrase they modify its noun
    /// (`受损道路`, `参赛运动员`).
    static let stateVerbs: WordSet = [
        "参赛",  // take part in a competition
        "参展",  // exhibit
        "参会",  // attend a meeting
        "倒塌",  // collapse
        "受损",  // be damaged
        "损毁",  // be destroyed
        "损坏",  // be broken
        "死亡",  // die
        "受伤",  // be injured
        "失踪",  // go missing
        "遇难",  // perish
        "获救",  // be rescued
        "受灾",  // be hit by a disaster
        "停运",  // be out of service
    ]

    /// Indefinite counts that open a noun phrase without being a fact
    /// (`一座装机容量为…的电站`): dropped from the start of a subject.
    static let indefiniteArticles: WordSet = [
        "一座",  // a (building)
        "一个",  // a
        "一家",  // a (firm)
        "一批",  // a batch of
        "一项",  // an (item)
        "一所",  // a (school)
        "一条",  // a (line)
        "一名",  // a (person)
        "一位",  // a (person)
        "一种",  // a kind of
        "一处",  // a (site)
        "一台",  // a (machine)
        "一套",  // a set of
        "一片",  // a stretch of
    ]

    /// Prepositions that open the source of a change (`由30%提高到42%`).
    static let sourcePrepositions: WordSet = [
        "由",  // from
        "从",  // from
        "自",  // from
    ]

    /// Prepositions of a target that stay in a clause-initial subject
    /// (`,对欧盟出口额约9.8亿欧元` — exports *to* the EU).
    static let targetPrepositions: WordSet = [
        "对",  // to, towards
        "向",  // to
    ]

    /// Copulas after which `X为N的Y` measures X, not Y (`装机容量为20万千瓦的电站`).
    static let measuringCopulas: WordSet = [
        "为",  // be
        "达",  // reach
        "达到",  // reach
        "约为",  // be about
        "高达",  // be as high as
        "仅为",  // be only
    ]

    /// Copulas and verbs of a fraction of a reference: `为[reference]的N%`
    /// measures the reference (`完成投资286亿元,为年度计划的62.5%`,
    /// `完成年度目标的106%`), unlike `占[whole]的N%`.
    static let referenceCopulas: WordSet = [
        "为",  // be
        "是",  // be
        "完成",  // complete (a plan)
    ]

    /// Demonstratives that, with a measure word, open a phrase without being
    /// part of the noun (`这座总投资…` → `总投资`).
    static let demonstratives: WordSet = [
        "这",  // this
        "那",  // that
        "此",  // this
        "该",  // the said
    ]

    /// Share nouns: `占[whole]比重` keeps only the share (`占地区生产总值比重达11.4%`).
    static let shareNouns: WordSet = [
        "比重",  // share
        "比例",  // proportion
        "份额",  // share
    ]

    /// The copula of a share (`占`).
    static let shareCopula = "占"  // account for

    /// The distributive marker (`每公斤`, `每千人口`).
    static let distributive: Character = "每"  // each, per

    /// Calendar words that make a merged integer a time expression (`112年`, `3月份`).
    static let calendarUnits: Set<String> = [
        "年",  // year
        "年度",  // (fiscal) year
        "月",  // month
        "月份",  // month
        "月底",  // end of the month
        "月末",  // end of the month
        "年底",  // end of the year
        "年末",  // end of the year
        "日",  // day
        "号",  // day of the month
    ]

    /// Han tails that turn glued Latin letters into a brand of a gambling or
    /// download page (`XY体育`, `AB电子`, `…app下载`), never a subject.
    static let spamTails: WordSet = [
        "体育",  // sports (betting)
        "电子",  // electronic (gaming)
        "娱乐",  // entertainment (casino)
        "电竞",  // e-sports (betting)
        "彩票",  // lottery
        "棋牌",  // card games
        "真人",  // live dealer
        "官网",  // official site
        "登录",  // log in
        "入口",  // entrance
        "下载",  // download
        "平台",  // platform
        "网页版",  // web version
        "app",  // app
        "APP",  // app
    ]

    /// Site and entry words that mark the glued run before them as a page
    /// brand, not a noun of the article (`…官方网站`, `…登录入口`).
    static let siteWords: [String] = [
        "官网",  // official site
        "官方网站",  // official website
        "登录入口",  // login entrance
        "网页版",  // web version
    ]

    /// Adverbs of accumulation that also modify nouns (`累计成交额`).
    static let adjectivalAdverbs: WordSet = [
        "累计",  // cumulative
        "合计",  // total
        "总计",  // total
    ]

    /// Nouns naming "the number of" something, dropped after a counted noun (`绿色矿山数量`).
    static let countNouns: WordSet = [
        "数量",  // quantity
        "总数",  // total number
        "数目",  // number
    ]

    private static let entries: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: [String], _ c: WordClass) {
            for w in words { table[w] = c }
        }
        add(nominal, .nominal)
        add(scope, .scope)
        add(deictic, .deictic)
        add(time, .time)
        add(verbs + stateVerbs.all.sorted(), .verb)  // state verbs are verbs too
        add(copulas, .copula)
        add(rises, .rise)
        add(falls, .fall)
        add(riseNouns, .riseNoun)
        add(fallNouns, .fallNoun)
        add(changesToLevel, .changeToLevel)
        add(levelMarkers, .levelMarker)
        add(ranks, .rank)
        add(adverbs, .adverb)
        add(qualifiers, .qualifier)
        add(prepositions, .preposition)
        add(connectors, .connector)
        add(conjunctions, .conjunction)
        add(localizers, .localizer)
        add(["了", "过", "着"], .aspect)  // perfective, experiential, durative particles
        add(["的", "之"], .attributive)  // attributive particles
        add(["等", "等等"], .listEnd)  // "and so on"
        add(["分别"], .respectively)  // respectively
        return table
    }()

    /// Compounds the segmenter may split whose parts would read as function words or verbs.
    private static let nominal: [String] = [
        "增加值",  // value added
        "次均",  // average per visit
        "户均",  // average per household
        "亩均",  // average per mu
        "日均",  // daily average
        "月均",  // monthly average
        "自给率",  // self-sufficiency rate (自 is also a preposition)
        "自给",  // self-sufficiency
        "占比",  // share (占 is also a copula)
        "比重",  // share
        "规模以上",  // above designated size
        "规上",  // above designated size (abbreviation)
        "营收",  // revenue
        "限额以上",  // above quota
        "增长率",  // growth rate
        "增长点",  // growth point
        "增速",  // growth rate
        "利用率",  // utilisation rate
        "及以上",  // "and above" inside a level modifier (县级及以上)
        "以上级",  // above-level
        "排污",  // pollutant discharge (排 is also a rank verb)
        "排放量",  // emission volume
        "年均",  // annual average
        "人均",  // per capita
        "户均",  // per household
        "日均",  // daily average
        "月均",  // monthly average
        "亩均",  // per mu
        "均值",  // mean
        "平均",  // average
        "天数",  // number of days
        "人次",  // person-times
        "家次",  // enterprise-times
        "现场",  // on-site
        "在建",  // under construction
        "达标",  // up to standard
        "同期",  // same period
        "个人",  // individual
        "人数",  // head count
        "次数",  // number of times
        "总量",  // total amount
        "总额",  // total sum
        "投资",  // investment
        "产值",  // output value
    ]

    /// Scope words fused to a noun phrase.
    private static let scope: [String] = [
        "全省",  // whole province
        "全市",  // whole city
        "全县",  // whole county
        "全区",  // whole district
        "全国",  // whole country
        "全州",  // whole prefecture
        "全镇",  // whole town
        "全乡",  // whole township
        "全球",  // world
        "全年",  // whole year
        "全行业",  // whole industry
        "同类",  // of the same kind
    ]

    /// Deictic jurisdictions (the reporter's own place or body).
    private static let deictic: [String] = [
        "我市",  // our city
        "我省",  // our province
        "我县",  // our county
        "我区",  // our district
        "我国",  // our country
        "我局",  // our bureau
        "该市",  // that city
        "该县",  // that county
        "该区",  // that district
        "该局",  // that bureau
        "该省",  // that province
        "本市",  // this city
        "其",  // its
        "公司",  // the Company (a report's own company)
        "本公司",  // this company
        "该",  // that
    ]

    /// Time words.
    private static let time: [String] = [
        "去年",  // last year
        "今年",  // this year
        "明年",  // next year
        "前年",  // the year before last
        "目前",  // at present
        "当前",  // currently
        "近年",  // recent years
        "近年来",  // in recent years
        "近期",  // recently
        "近日",  // recently
        "日前",  // a few days ago
        "此前",  // before this
        "上年",  // previous year
        "年初",  // start of the year
        "年底",  // end of the year
        "年末",  // end of the year
        "至今",  // until now
        "以来",  // since
        "当年",  // that year
        "本年",  // this year
        "上半年",  // first half
        "下半年",  // second half
        "一季度",  // first quarter
        "二季度",  // second quarter
        "三季度",  // third quarter
        "四季度",  // fourth quarter
        "前三季度",  // first three quarters
        "第一季度",  // first quarter
        "第二季度",  // second quarter
        "第三季度",  // third quarter
        "第四季度",  // fourth quarter
        "月份",  // month
        "如今",  // nowadays
        "现在",  // now
        "后",  // after
        "之后",  // after
        "以后",  // afterwards
        "前",  // before
        "之前",  // before
        "以前",  // formerly
    ]

    /// Action verbs (transitive verbs of news reports) that end a noun phrase on their right.
    private static let verbs: [String] = [
        "实现",  // achieve
        "完成",  // complete
        "获",  // obtain
        "获得",  // obtain
        "取得",  // gain
        "获批",  // get approved
        "荣获",  // be awarded
        "喜获",  // happily win
        "获评",  // be rated
        "建成",  // build
        "建设",  // construct
        "新建",  // newly build
        "扩建",  // expand
        "改扩建",  // rebuild and expand
        "创建",  // create
        "开展",  // carry out
        "进行",  // conduct
        "实施",  // implement
        "实行",  // practise
        "推进",  // advance
        "解决",  // solve
        "回收",  // recover
        "交办",  // hand over
        "办结",  // conclude
        "办理",  // handle
        "受理",  // accept
        "查处",  // investigate and punish
        "处理",  // deal with
        "处罚",  // penalise
        "关停",  // shut down
        "淘汰",  // phase out
        "整改",  // rectify
        "帮扶",  // assist
        "服务",  // serve
        "出动",  // dispatch
        "排查",  // inspect
        "检查",  // check
        "发现",  // find
        "下达",  // issue
        "争取",  // strive for
        "申报",  // apply for
        "组织",  // organise
        "举办",  // hold
        "参与",  // take part in
        "参加",  // attend
        "覆盖",  // cover
        "惠及",  // benefit
        "带动",  // drive
        "吸引",  // attract
        "种植",  // plant
        "投入",  // put in
        "发放",  // distribute
        "拨付",  // allocate
        "安排",  // arrange
        "新增",  // add
        "建立",  // establish
        "设立",  // set up
        "成立",  // found
        "培育",  // cultivate
        "打造",  // build up
        "认定",  // certify
        "评为",  // be rated as
        "入选",  // be selected
        "列入",  // be listed in
        "纳入",  // include
        "签订",  // sign
        "签约",  // sign
        "引进",  // introduce
        "培训",  // train
        "接待",  // receive
        "答复",  // reply
        "督办",  // supervise
        "移送",  // transfer
        "立案",  // open a case
        "收到",  // receive
        "征集",  // solicit
        "提出",  // put forward
        "提供",  // provide
        "制定",  // draw up
        "出台",  // issue
        "发布",  // publish
        "召开",  // convene
        "包括",  // include
        "消除",  // eliminate
        "清理",  // clean up
        "拆除",  // demolish
        "取缔",  // ban
        "改造",  // renovate
        "使用",  // use
        "利用",  // use
        "处置",  // dispose of
        "开工",  // start construction
        "竣工",  // complete construction
        "安装",  // install
        "配备",  // equip
        "吸纳",  // absorb
        "帮助",  // help
        "走访",  // visit
        "用于",  // be used for
        "涉及",  // involve
        "接听",  // answer (calls)
        "接到",  // receive
        "划定",  // delimit
        "评定",  // assess
        "核定",  // approve
        "审批",  // examine and approve
        "批复",  // reply with approval
        "签署",  // sign
        "改善",  // improve
        "加强",  // strengthen
        "创成",  // succeed in creating
        "推动",  // promote
        "促进",  // foster
        "支持",  // support
        "编列",  // budget
        "产生",  // generate
        "出现",  // occur
        "组成",  // make up
        "构成",  // constitute
        "开通",  // open
        "调整",  // adjust
        "展示",  // display
        "登记",  // register
        "开放",  // open to the public
        "资助",  // subsidise
        "整治",  // remediate
        "溯源",  // trace to the source
        "封堵",  // seal off
        "治理",  // treat
        "修复",  // restore
        "验收",  // accept after inspection
        "核查",  // verify
        "摸排",  // survey
        "表示",  // state
        "认为",  // consider
        "节约",  // save
        "节省",  // save
        "推行",  // roll out
        "缓解",  // ease
        "确保",  // ensure
        "使",  // make, cause
        "设置",  // set up
        "参赛",  // take part in a competition
        "参展",  // exhibit
        "参会",  // attend a meeting
        "造成",  // cause
        "导致",  // lead to
        "引发",  // trigger
        "录得",  // record (a figure)
        "推广",  // promote, roll out
        "配置",  // allocate, deploy
        "布设",  // lay out
        "部署",  // deploy
        "投放",  // put in place
        "招募",  // recruit
        "组建",  // form
        "选派",  // select and send
        "聘请",  // hire
        "栽植",  // plant
        "建",  // build
    ]

    /// Copulas and verbs of attainment.
    private static let copulas: [String] = [
        "为",  // be
        "是",  // be
        "达",  // reach
        "达到",  // reach
        "约为",  // be about
        "为期",  // last (a duration)
        "历时",  // last (a duration)
        "耗时",  // take (time)
        "占",  // account for
        "占地",  // cover an area of
        "计",  // amount to
        "高达",  // be as high as
        "仅为",  // be only
        "突破",  // break through
        "保持",  // stay at
        "稳定在",  // stabilise at
        "维持",  // maintain
        "保持在",  // stay at
        "维持在",  // stay at
        "表现为",  // show as
        "介于",  // lie between
        "最高",  // be the highest
        "最低",  // be the lowest
        "最多",  // be the most
        "最少",  // be the fewest
        "最大",  // be the largest
        "最小",  // be the smallest
        "较高",  // be rather high
        "较低",  // be rather low
        "处于",  // be at
        "有",  // there is / have
        "共有",  // have in total
        "现有",  // have at present
        "拥有",  // possess
        "已有",  // already have
        "另有",  // there are also
        "控制在",  // be held at
        "超",  // exceed
    ]

    /// Verbs of rise.
    private static let rises: [String] = [
        "增长",  // grow
        "提升",  // improve
        "上升",  // rise
        "提高",  // raise
        "增加",  // increase
        "上涨",  // go up
        "扩大",  // expand
        "攀升",  // climb
        "增产",  // produce more
        "增多",  // become more
        "回升",  // pick up
        "成长",  // grow
        "多出",  // be more by
        "上扬",  // climb
        "走高",  // go up
        "反弹",  // rebound
        "加快",  // speed up (a growth rate rising by N points)
        "提速",  // speed up
        "增",  // increase
        "升",  // rise
        "涨",  // go up
        "多",  // more
    ]

    /// Verbs of fall.
    private static let falls: [String] = [
        "下降",  // fall
        "减少",  // decrease
        "降低",  // lower
        "下滑",  // slide
        "下跌",  // drop
        "缩小",  // shrink
        "回落",  // fall back
        "压减",  // cut
        "削减",  // cut
        "缩减",  // reduce
        "衰退",  // decline
        "萎缩",  // shrink
        "下挫",  // slump
        "走低",  // go down
        "缩短",  // shorten
        "减产",  // produce less
        "放缓",  // slow down (a growth rate falling by N points)
        "回调",  // pull back
        "减",  // reduce
        "降",  // fall
        "跌",  // drop
        "少",  // fewer
    ]

    /// Nouns of rise.
    private static let riseNouns: [String] = [
        "增幅",  // increase rate
        "涨幅",  // rise rate
        "增量",  // increment
    ]

    /// Nouns of fall.
    private static let fallNouns: [String] = [
        "降幅",  // decrease rate
        "跌幅",  // drop rate
        "减幅",  // reduction rate
    ]

    /// Change verbs fused with an end point: what follows is a level.
    private static let changesToLevel: [String] = [
        "降至",  // fall to
        "降到",  // fall to
        "降为",  // fall to
        "减至",  // reduce to
        "减为",  // reduce to
        "增至",  // grow to
        "增到",  // grow to
        "增为",  // grow to
        "升至",  // rise to
        "升到",  // rise to
        "升为",  // rise to
        "下降到",  // fall to
        "下降至",  // fall to
        "下降为",  // fall to
        "减少到",  // decrease to
        "减少至",  // decrease to
        "减少为",  // decrease to
        "降低到",  // lower to
        "降低至",  // lower to
        "增长到",  // grow to
        "增长至",  // grow to
        "增加到",  // increase to
        "增加至",  // increase to
        "提高到",  // raise to
        "提高至",  // raise to
        "提升到",  // improve to
        "提升至",  // improve to
        "上升到",  // rise to
        "上升至",  // rise to
        "扩大到",  // expand to
        "扩大至",  // expand to
        "缩小到",  // shrink to
        "缩小至",  // shrink to
        "缩短到",  // shorten to
        "缩短至",  // shorten to
        "缩短为",  // shorten to
    ]

    /// Result complements marking an end point.
    private static let levelMarkers: [String] = [
        "至",  // to
        "到",  // to
        "成",  // into
        "大关",  // mark (`突破5000亿元大关`)
        "关口",  // threshold
        "台阶",  // level
    ]

    /// Rank verbs.
    private static let ranks: [String] = [
        "排名",  // rank
        "排",  // rank
        "排在",  // rank at
        "排位",  // rank
        "居",  // stand at
        "位居",  // rank
        "位列",  // rank
        "名列",  // rank
        "列",  // rank
        "居于",  // stand at
        "位于",  // lie at
        "跻身",  // rise into
        "分居",  // rank respectively
        "分列",  // rank respectively
    ]

    /// Adverbs and predicate modifiers.
    private static let adverbs: [String] = [
        "共",  // in all
        "累计",  // cumulatively
        "合计",  // in total
        "总计",  // in total
        "共计",  // in total
        "总共",  // altogether
        "一共",  // altogether
        "已",  // already
        "已经",  // already
        "均",  // all
        "都",  // all
        "全部",  // entirely
        "先后",  // successively
        "同比",  // year on year
        "环比",  // period on period
        "再",  // again
        "又",  // again
        "还",  // also
        "也",  // also
        "仅",  // only
        "只",  // only
        "就",  // just
        "才",  // only then
        "逐步",  // gradually
        "逐月",  // month by month
        "逐年",  // year by year
        "持续",  // continuously
        "稳定",  // steadily
        "直接",  // directly
        "进一步",  // further
        "全面",  // comprehensively
        "超额",  // over quota
        "率先",  // first
        "首次",  // for the first time
        "正在",  // in progress
        "将",  // will
        "继续",  // continue
        "大力",  // vigorously
        "积极",  // actively
        "依法",  // by law
        "长期",  // long-term
        "相继",  // one after another
        "陆续",  // one after another
        "更",  // more
        "最",  // most
        "预计",  // expectedly
        "力争",  // strive to
        "基本",  // basically
        "顺利",  // smoothly
        "圆满",  // successfully
        "到位",  // in place (result complement)
        "亦",  // also
        "连",  // in a row
        "连续",  // consecutively
        "仍",  // still
        "仍然",  // still
        "却",  // however
        "则",  // then
        "同步",  // simultaneously
        "完毕",  // finished (result complement)
        "共同",  // jointly
        "年内",  // within the year
        "一举",  // at one stroke
        "大幅",  // sharply
        "明显",  // markedly
        "显著",  // significantly
        "小幅",  // slightly
    ]

    /// Bound and approximation words.
    private static let qualifiers: [String] = [
        "超过",  // more than
        "逾",  // over
        "近",  // nearly
        "约",  // about
        "大约",  // about
        "不到",  // less than
        "不足",  // under
        "以上",  // and above
        "以下",  // and below
        "左右",  // around
        "余",  // odd
        "达到了",  // reached
        "不低于",  // no less than
        "不少于",  // no fewer than
        "不高于",  // no more than
        "不超过",  // not exceeding
        "至少",  // at least
        "多达",  // as many as
    ]

    /// Prepositions (the phrase they open is never the subject).
    private static let prepositions: [String] = [
        "在",  // at
        "对",  // towards
        "于",  // at
        "比",  // than
        "较",  // compared with
        "向",  // to
        "从",  // from
        "自",  // from
        "据",  // according to
        "按",  // by
        "按照",  // according to
        "根据",  // according to
        "通过",  // through
        "针对",  // aiming at
        "被",  // by
        "由",  // by
        "以",  // with
        "截至",  // as of
        "截止",  // as of
        "围绕",  // around
        "面向",  // facing
        "对于",  // regarding
        "关于",  // about
        "比上年",  // than the previous year
        "较上年",  // compared with the previous year
        "比去年",  // than last year
        "较去年",  // compared with last year
        "比上年同期",  // than the same period of last year
        "较上年同期",  // compared with the same period of last year
        "比上",  // than the previous (segmenter fragment)
        "较上",  // compared with the previous (segmenter fragment)
        "与上年",  // with the previous year
        "相比",  // compared
        "高于",  // higher than
        "低于",  // lower than
        "优于",  // better than
        "好于",  // better than
        "多于",  // more than
        "少于",  // fewer than
    ]

    /// Discourse connectors.
    private static let connectors: [String] = [
        "其中",  // among them
        "此外",  // besides
        "同时",  // meanwhile
        "另外",  // in addition
        "并",  // and also
        "而",  // while
        "但",  // but
        "并且",  // moreover
        "从而",  // thereby
        "因此",  // therefore
        "例如",  // for example
        "如",  // such as
        "即",  // namely
        "这",  // this
        "还有",  // there is also
        "把",  // object marker: what follows is the affected noun, kept
    ]

    /// Localizers that close a phrase opened by a preposition.
    private static let localizers: [String] = [
        "中",  // in
        "内",  // within
        "里",  // inside
        "之中",  // among
        "当中",  // among
        "之内",  // within
        "以内",  // within
        "期间",  // during
        "上",  // on (在…基础上)
    ]

    /// Coordinating conjunctions.
    private static let conjunctions: [String] = [
        "和",  // and
        "及",  // and
        "与",  // and
        "以及",  // as well as
        "或",  // or
        "或者",  // or
        "暨",  // and
    ]
}
