import Foundation
import Testing
@testable import ZhNewsKit

struct SubjectResolverTests {
    /// A sentence, its quantities in text order, and the expected subject of each.
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var quantities: [String]
        var subjects: [String?]
        var antecedent: String? = nil
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // Subject–verb–quantity.
        Case(sentence: "全省PM2.5平均浓度为30微克/立方米。", quantities: ["30微克/立方米"], subjects: ["全省PM2.5平均浓度"]),
        Case(sentence: "其中新能源汽车销量达50万辆,同比增长35%。", quantities: ["50万辆", "35%"], subjects: ["新能源汽车销量", "新能源汽车销量"]),
        Case(sentence: "今年前三季度,全市规模以上工业增加值同比下降3.2%。", quantities: ["3.2%"], subjects: ["全市规模以上工业增加值"]),
        Case(sentence: "全县森林覆盖率提高到68.5%。", quantities: ["68.5%"], subjects: ["全县森林覆盖率"]),
        Case(sentence: "单位GDP能耗降至0.45吨标准煤。", quantities: ["0.45吨标准煤"], subjects: ["单位GDP能耗"]),
        Case(sentence: "市区主要道路噪声平均值为65.2分贝,与上年持平。", quantities: ["65.2分贝"], subjects: ["市区主要道路噪声平均值"]),
        Case(sentence: "城市生活垃圾无害化处理率保持在100%。", quantities: ["100%"], subjects: ["城市生活垃圾无害化处理率"]),
        Case(sentence: "PM10年均浓度下降了8微克/立方米。", quantities: ["8微克/立方米"], subjects: ["PM10年均浓度"]),
        Case(sentence: "中心城区建成区面积约为86平方公里。", quantities: ["86平方公里"], subjects: ["中心城区建成区面积"]),
        Case(sentence: "全省新能源汽车保有量较上年末增长48.2%。", quantities: ["48.2%"], subjects: ["全省新能源汽车保有量"]),
        Case(sentence: "省级以上开发区达到15个。", quantities: ["15个"], subjects: ["省级以上开发区"]),
        Case(sentence: "全市三级医院数量达到28家。", quantities: ["28家"], subjects: ["全市三级医院"]),
        // Verb–object–quantity: the object is measured, the verb is dropped.
        Case(sentence: "项目累计完成投资1.2亿元。", quantities: ["1.2亿元"], subjects: ["投资"]),
        Case(sentence: "截至目前,已建成污水处理厂12座。", quantities: ["12座"], subjects: ["污水处理厂"]),
        Case(sentence: "全年共查处环境违法案件56起,罚款金额达320万元。", quantities: ["56起", "320万元"], subjects: ["环境违法案件", "罚款金额"]),
        Case(sentence: "出动执法人员3200人次,检查企业1800家。", quantities: ["3200人次", "1800家"], subjects: ["执法人员", "企业"]),
        Case(sentence: "新增城镇就业岗位2.3万个。", quantities: ["2.3万个"], subjects: ["城镇就业岗位"]),
        Case(sentence: "第一季度全市实现地区生产总值560亿元,同比增长5.5%。", quantities: ["560亿元", "5.5%"], subjects: ["地区生产总值", "地区生产总值"]),
        Case(sentence: "目前全市已有充电桩4200个。", quantities: ["4200个"], subjects: ["充电桩"]),
        Case(sentence: "本次活动共发放宣传资料3000余份。", quantities: ["3000余份"], subjects: ["宣传资料"]),
        Case(sentence: "全市共关停取缔“散乱污”企业326家。", quantities: ["326家"], subjects: ["“散乱污”企业"]),
        Case(sentence: "省财政下达我市生态补偿资金8600万元。", quantities: ["8600万元"], subjects: ["生态补偿资金"]),
        Case(sentence: "近三年,全市累计淘汰燃煤锅炉340台。", quantities: ["340台"], subjects: ["燃煤锅炉"]),
        Case(sentence: "截至2023年底,全省累计建成5G基站12.6万个。", quantities: ["12.6万个"], subjects: ["5G基站"]),
        Case(sentence: "受理群众投诉举报案件426件,办结率100%。", quantities: ["426件", "100%"], subjects: ["群众投诉举报案件", "办结率"]),
        Case(sentence: "全市已建成污水處理廠12座,日處理能力達到50萬噸。", quantities: ["12座", "50萬噸"], subjects: ["污水处理厂", "日处理能力"]),
        // Quantity–measure word–noun.
        Case(sentence: "该镇共有3所学校。", quantities: ["3所"], subjects: ["学校"]),
        Case(sentence: "共有1.5万名志愿者参与此次活动。", quantities: ["1.5万名"], subjects: ["志愿者"]),
        Case(sentence: "全市38个乡镇全部完成污水管网建设。", quantities: ["38个"], subjects: ["乡镇"]),
        Case(sentence: "5家企业被列入环保信用黑名单。", quantities: ["5家"], subjects: ["企业"]),
        Case(sentence: "全镇120户贫困户全部脱贫。", quantities: ["120户"], subjects: ["贫困户"]),
        Case(sentence: "为期5天的培训班吸引了200余名学员参加。", quantities: ["5天", "200余名"], subjects: ["培训班", "学员"]),
        Case(sentence: "超过60%的受访者表示满意。", quantities: ["超过60%"], subjects: ["受访者"]),
        Case(sentence: "两个项目总投资约8亿元。", quantities: ["两个", "约8亿元"], subjects: ["项目", "总投资"]),
        Case(sentence: "全市9个县(市、区)全部通过验收。", quantities: ["9个"], subjects: ["县(市、区)"]),
        // Enumerations, 分别 lists and parallel clauses.
        Case(sentence: "工业企业、服务业企业分别为120家、85家。", quantities: ["120家", "85家"], subjects: ["工业企业", "服务业企业"]),
        Case(sentence: "化学需氧量、氨氮排放量分别削减4.1%、5.3%。", quantities: ["4.1%", "5.3%"], subjects: ["化学需氧量", "氨氮排放量"]),
        Case(sentence: "工业产值和税收收入同比分别增长12.1%和9.8%。", quantities: ["12.1%", "9.8%"], subjects: ["工业产值", "税收收入"]),
        Case(sentence: "全省共有国家级自然保护区23个,省级自然保护区41个。", quantities: ["23个", "41个"], subjects: ["国家级自然保护区", "省级自然保护区"]),
        Case(sentence: "其中,男性占52%,女性占48%。", quantities: ["52%", "48%"], subjects: ["男性", "女性"]),
        Case(sentence: "全市共有A级景区45家,其中5A级景区3家。", quantities: ["45家", "3家"], subjects: ["A级景区", "5A级景区"]),
        Case(sentence: "出口额增长12%,进口额下降5%。", quantities: ["12%", "5%"], subjects: ["出口额", "进口额"]),
        // Prepositional phrases are never the subject; ellipsis repeats the antecedent.
        Case(sentence: "我市空气质量综合指数在全省14个市州中排名第三。", quantities: ["14个", "第三"], subjects: ["市州", "空气质量综合指数"]),
        Case(sentence: "在全国168个重点城市中,我市空气质量排名第45位。", quantities: ["168个", "第45位"], subjects: ["重点城市", "空气质量"]),
        Case(sentence: "全市规上工业企业达1280家,较去年减少12家。", quantities: ["1280家", "12家"], subjects: ["全市规上工业企业", "全市规上工业企业"]),
        Case(sentence: "该市二氧化硫排放总量比2020年减少了1.6万吨。", quantities: ["1.6万吨"], subjects: ["二氧化硫排放总量"]),
        Case(sentence: "湖泊面积由上年的1200公顷扩大到1350公顷。", quantities: ["1200公顷", "1350公顷"], subjects: ["湖泊面积", "湖泊面积"]),
        Case(sentence: "共发现问题236个,已整改到位198个,整改率83.9%。", quantities: ["236个", "198个", "83.9%"], subjects: ["问题", "问题", "整改率"]),
        Case(sentence: "粮食总产量达到652亿斤,连续8年稳定在600亿斤以上。", quantities: ["652亿斤", "连续8年", "600亿斤以上"], subjects: ["粮食总产量", "粮食总产量", "粮食总产量"]),
        Case(sentence: "同比增长7.2%。", quantities: ["7.2%"], subjects: ["规上工业增加值"], antecedent: "规上工业增加值"),
        Case(sentence: "参加考试的学生共有2300人。", quantities: ["2300人"], subjects: ["学生"]),
        Case(sentence: "全市有各类市场主体41.5万户,比上年末增加3.2万户。", quantities: ["41.5万户", "3.2万户"], subjects: ["各类市场主体", "各类市场主体"]),
        Case(sentence: "在全省考核中,我县连续3年获评优秀等次。", quantities: ["连续3年"], subjects: ["我县"]),
        // Other domains: finance, health, employment, sport, agriculture.
        Case(sentence: "截至9月末,全市金融机构人民币存款余额为8965亿元,较年初增加612亿元。", quantities: ["8965亿元", "612亿元"], subjects: ["全市金融机构人民币存款余额", "全市金融机构人民币存款余额"]),
        Case(sentence: "全省新增确诊病例12例,其中本土病例8例。", quantities: ["12例", "8例"], subjects: ["确诊病例", "本土病例"]),
        Case(sentence: "此次招聘会共有230家用人单位参加,提供就业岗位5600余个。", quantities: ["230家", "5600余个"], subjects: ["用人单位", "就业岗位"]),
        Case(sentence: "本届运动会共设32个大项、329个小项。", quantities: ["32个", "329个"], subjects: ["大项", "小项"]),
        Case(sentence: "全县小麦种植面积稳定在45万亩左右,总产量预计达到2.1亿公斤。", quantities: ["45万亩左右", "2.1亿公斤"], subjects: ["全县小麦种植面积", "总产量"]),
        Case(sentence: "全市城镇新增就业4.5万人,城镇登记失业率控制在3.5%以内。", quantities: ["4.5万人", "3.5%以内"], subjects: ["就业", "城镇登记失业率"]),
        Case(sentence: "该区域年均降水量约1400毫米,森林覆盖率超过70%。", quantities: ["约1400毫米", "超过70%"], subjects: ["区域年均降水量", "森林覆盖率"]),
        Case(sentence: "受疫情影响,该公司一季度营收下滑12%,净亏损2.3亿元。", quantities: ["12%", "2.3亿元"], subjects: ["营收", "净亏损"]),
        Case(sentence: "去年,我国研发经费投入总量突破3万亿元,比上年增长8.1%。", quantities: ["3万亿元", "8.1%"], subjects: ["研发经费投入总量", "研发经费投入总量"]),
        Case(sentence: "其中工业源占比最高,达45%。", quantities: ["45%"], subjects: ["工业源占比"]),
        Case(sentence: "2023年,全市地区生产总值突破5000亿元大关。", quantities: ["5000亿元"], subjects: ["全市地区生产总值"]),
        Case(sentence: "全年共接听群众来电2.1万个,办结率99.2%,满意率98.6%。", quantities: ["2.1万个", "99.2%", "98.6%"], subjects: ["群众来电", "办结率", "满意率"]),
        Case(sentence: "全市森林面积达到1200万亩,森林蓄积量4800万立方米。", quantities: ["1200万亩", "4800万立方米"], subjects: ["全市森林面积", "森林蓄积量"]),
        Case(sentence: "工业用水量占全市用水总量的40%。", quantities: ["40%"], subjects: ["工业用水量"]),
        Case(sentence: "近三分之一的企业完成了清洁生产审核。", quantities: ["近三分之一"], subjects: ["企业"]),
        Case(sentence: "该市空气质量综合指数居全国同类城市第3位。", quantities: ["第3位"], subjects: ["空气质量综合指数"]),
        Case(sentence: "其中,涉及大气污染的案件占比最高,达42%。", quantities: ["42%"], subjects: ["案件占比"], antecedent: "罚款金额"),
        Case(sentence: "全市新增污水处理能力5万吨/日。", quantities: ["5万吨/日"], subjects: ["污水处理能力"]),
        Case(sentence: "目前,全市共有城镇污水处理厂18座,其中一级A排放标准的有15座。", quantities: ["18座", "15座"], subjects: ["城镇污水处理厂", "城镇污水处理厂"]),
        Case(sentence: "城镇居民人均可支配收入14520元,农村居民人均可支配收入6830元,分别增长4.9%和6.6%。", quantities: ["14520元", "6830元", "4.9%", "6.6%"], subjects: ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        Case(sentence: "其中,出口1720亿元,增长2.1%;", quantities: ["1720亿元", "2.1%"], subjects: ["出口", "出口"]),
        Case(sentence: "全市GDP总量达4870亿元,居全省第二位。", quantities: ["4870亿元", "第二位"], subjects: ["全市GDP总量", "全市GDP总量"]),
        Case(sentence: "全市二氧化硫、氮氧化物排放量分别较2020年下降15%和12%。", quantities: ["15%", "12%"], subjects: ["全市二氧化硫", "氮氧化物排放量"]),
        Case(sentence: "截至目前,全省已有98%的行政村实现了生活垃圾集中收运处置。", quantities: ["98%"], subjects: ["行政村"]),
        Case(sentence: "全市优良天数比例比全省平均水平高3.2个百分点。", quantities: ["3.2个百分点"], subjects: ["全市优良天数比例"]),
        Case(sentence: "全市共有养老机构86家,床位1.2万张。", quantities: ["86家", "1.2万张"], subjects: ["养老机构", "床位"]),
        // A leading year (also a ROC year) is not part of the subject.
        Case(sentence: "112年全台再生能源發電量達到480億度。", quantities: ["480億度"], subjects: ["全台再生能源发电量"]),
        Case(sentence: "2023年全市公共图书馆藏书量达1200万册。", quantities: ["1200万册"], subjects: ["全市公共图书馆藏书量"]),
        Case(sentence: "去年全县农村居民人均可支配收入为18600元。", quantities: ["18600元"], subjects: ["全县农村居民人均可支配收入"]),
        // Brand-like spam glued to a quantity never becomes its subject.
        Case(sentence: "全市新增充电桩320个AB体育官网,覆盖所有乡镇。", quantities: ["320个"], subjects: ["充电桩"]),
        Case(sentence: "今年共建成口袋公园45个XK娱乐app下载。", quantities: ["45个"], subjects: ["口袋公园"]),
        Case(sentence: "全县共有家庭农场860家乐玩官方网站。", quantities: ["860家"], subjects: ["家庭农场"]),
        Case(sentence: "全市接待游客1.2亿人次HG电子登录入口,同比增长9%。", quantities: ["1.2亿人次", "9%"], subjects: ["游客", "游客"]),
        // Bracketed alternatives stay attached to their noun.
        Case(sentence: "全省已有68个县(市)开通城乡公交。", quantities: ["68个"], subjects: ["县(市)"]),
        Case(sentence: "全市共有乡镇(街道)综合文化站156个。", quantities: ["156个"], subjects: ["乡镇(街道)综合文化站"]),
        Case(sentence: "全区共有村(社区)便民服务站210个。", quantities: ["210个"], subjects: ["村(社区)便民服务站"]),
        Case(sentence: "全市建成养老服务中心(站)320个。", quantities: ["320个"], subjects: ["养老服务中心(站)"]),
        Case(sentence: "全县39个村(居)实现污水集中处理。", quantities: ["39个"], subjects: ["村(居)"]),
        Case(sentence: "全县建成乡镇综合服务中心18个。", quantities: ["18个"], subjects: ["乡镇综合服务中心"]),
        // A level word after `、` is dropped only in a list of level words.
        Case(sentence: "全省共有三级医院85家、二级医院240家。", quantities: ["85家", "240家"], subjects: ["三级医院", "二级医院"]),
        Case(sentence: "全市共有一级公路1200公里、二级公路3400公里。", quantities: ["1200公里", "3400公里"], subjects: ["一级公路", "二级公路"]),
        Case(sentence: "今年新增国家级、省级示范合作社36家。", quantities: ["36家"], subjects: ["示范合作社"]),
        // `X为N的Y`: X is measured; `为期` names the duration of Y.
        Case(sentence: "全长12公里的滨江绿道已全线贯通。", quantities: ["12公里"], subjects: ["全长"]),
        Case(sentence: "投资额达5亿元的污水处理厂项目正式开工。", quantities: ["5亿元"], subjects: ["投资额"]),
        Case(sentence: "库容为800万立方米的水库完成除险加固。", quantities: ["800万立方米"], subjects: ["库容"]),
        Case(sentence: "海拔3000米以上的高山草甸得到有效保护。", quantities: ["3000米以上"], subjects: ["海拔"]),
        Case(sentence: "在海拔2800米的牧区,建成光伏电站一座。", quantities: ["2800米"], subjects: ["海拔"]),
        Case(sentence: "为期7天的志愿服务活动吸引了300名青年参加。", quantities: ["7天", "300名"], subjects: ["志愿服务活动", "青年"]),
        // `为[reference]的N%` measures the reference; `占[whole]的N%` does not.
        Case(sentence: "全年完成造林12万亩,为年度任务的120%。", quantities: ["12万亩", "120%"], subjects: ["造林", "年度任务"]),
        Case(sentence: "一季度税收收入86亿元,为全年预算的27%。", quantities: ["86亿元", "27%"], subjects: ["税收收入", "全年预算"]),
        Case(sentence: "服务业增加值占地区生产总值比重达到55.2%。", quantities: ["55.2%"], subjects: ["比重"]),
        Case(sentence: "民营经济占全市经济总量比例超过60%。", quantities: ["超过60%"], subjects: ["比例"]),
        // Coordinated ranks share one subject.
        Case(sentence: "全市GDP增速位列全省第二、全国第十五。", quantities: ["第二", "第十五"], subjects: ["全市GDP增速", "全市GDP增速"]),
        Case(sentence: "该区营商环境评价居全省第一、全国第九。", quantities: ["第一", "第九"], subjects: ["营商环境评价", "营商环境评价"]),
        // A clause-initial target stays in the subject; the source of a change is skipped.
        Case(sentence: "全年进出口总额为320亿元,对东盟进出口额约58亿元。", quantities: ["320亿元", "约58亿元"], subjects: ["全年进出口总额", "对东盟进出口额"]),
        Case(sentence: "全县森林覆盖率由五年前的58%提高到63%。", quantities: ["58%", "63%"], subjects: ["全县森林覆盖率", "全县森林覆盖率"]),
        Case(sentence: "人均住房面积从十年前的28平方米增加到41平方米。", quantities: ["28平方米", "41平方米"], subjects: ["人均住房面积", "人均住房面积"]),
        // A distributive unit closing the phrase is dropped; one opening it stays.
        Case(sentence: "生猪出栏价格每公斤回升到16元。", quantities: ["16元"], subjects: ["生猪出栏价格"]),
        Case(sentence: "每人每日生活垃圾产生量为1.1公斤。", quantities: ["1.1公斤"], subjects: ["每人每日生活垃圾产生量"]),
        // A subject ends in a noun: a bare verb before a duration yields to the noun after it.
        Case(sentence: "力争用两年时间完成全部改造任务。", quantities: ["两年"], subjects: ["时间"]),
        Case(sentence: "争取用5年时间建成全域旅游示范区。", quantities: ["5年"], subjects: ["时间"]),
        Case(sentence: "全市二级以上医院平均住院日缩短至8.2天。", quantities: ["8.2天"], subjects: ["全市二级以上医院平均住院日"]),
        Case(sentence: "目标于3年内使全省粮食自给率提高2个百分点。", quantities: ["2个百分点"], subjects: ["全省粮食自给率"]),
        Case(sentence: "新建的物流园项目占地约36公顷。", quantities: ["约36公顷"], subjects: ["物流园项目"]),
        Case(sentence: "全市设置可回收物回收点860个。", quantities: ["860个"], subjects: ["可回收物回收点"]),
        Case(sentence: "社区共设置垃圾分类督导员42名。", quantities: ["42名"], subjects: ["垃圾分类督导员"]),
        Case(sentence: "今年前10个月,全县完成植树造林3.2万亩,完成年度目标的106%。", quantities: ["3.2万亩", "106%"], subjects: ["植树造林", "年度目标"]),
        Case(sentence: "这座总投资约12亿元的跨江大桥预计明年通车。", quantities: ["约12亿元"], subjects: ["总投资"]),
        Case(sentence: "截至去年底,全省累计推广新能源公交车1.8万辆,比上年增加3200辆。", quantities: ["1.8万辆", "3200辆"], subjects: ["新能源公交车", "新能源公交车"]),
        // An elided subject: a clause naming one after the last resolved quantity is nearer
        // (the number of the middle clause is left unparsed on purpose).
        Case(sentence: "港口完成货物吞吐量3.2亿吨,同比增长5%;完成集装箱吞吐量860万标箱,同比增长9%。", quantities: ["3.2亿吨", "5%", "9%"], subjects: ["货物吞吐量", "货物吞吐量", "集装箱吞吐量"]),
        Case(sentence: "全年实现营业收入52亿元,同比增长4%;完成利润总额6.1亿元,增长11%。", quantities: ["52亿元", "4%", "6.1亿元", "11%"], subjects: ["营业收入", "营业收入", "利润总额", "利润总额"]),
        Case(sentence: "其中对东盟出口增长12%,对欧盟出口下降3%。", quantities: ["12%", "3%"], subjects: ["对东盟出口", "对欧盟出口"]),
        Case(sentence: "全市优良天数比例为88.2%,在全省11个设区市中排名第三、全国168个重点城市中排名第45。", quantities: ["88.2%", "11个", "第三", "168个", "第45"], subjects: ["全市优良天数比例", "设区市", "全市优良天数比例", "重点城市", "全市优良天数比例"]),
        Case(sentence: "目前全市共有注册志愿者56万人,志愿服务组织(团体)3200个。", quantities: ["56万人", "3200个"], subjects: ["注册志愿者", "志愿服务组织(团体)"]),
        Case(sentence: "民國113年全國觀光旅客人次為1.2億人次。", quantities: ["1.2億人次"], subjects: ["全国观光旅客人次"]),
        Case(sentence: "全市PG电子新建停车泊位1.2万个。", quantities: ["1.2万个"], subjects: ["停车泊位"]),
        Case(sentence: "全市已設立社區環保站11個BOYA體育,另有回收點逾150個。", quantities: ["11個", "逾150個"], subjects: ["社区环保站", "回收点"]),
        Case(sentence: "今年将全面实施「百村示范工程」,计划于2年内完成。", quantities: ["2年"], subjects: ["百村示范工程"]),
        Case(sentence: "公司官方网站访问量同比增长30%。", quantities: ["30%"], subjects: ["官方网站访问量"]),
        Case(sentence: "市政府官网累计发布政务信息3200条。", quantities: ["3200条"], subjects: ["政务信息"]),
        Case(sentence: "全市电子商务交易额达到1200亿元。", quantities: ["1200亿元"], subjects: ["全市电子商务交易额"]),
        Case(sentence: "本港去年錄得訪港旅客約3400萬人次,較前年上升1.2倍。", quantities: ["約3400萬人次", "1.2倍"], subjects: ["访港旅客", "访港旅客"]),
        Case(sentence: "全区耕地保有量不低于38万亩。", quantities: ["38万亩"], subjects: ["全区耕地保有量"]),
        // State verbs: the predicate of the noun before a count, a modifier before a noun.
        Case(sentence: "台风造成全市树木倒塌320棵。", quantities: ["320棵"], subjects: ["全市树木"]),
        Case(sentence: "暴雨导致倒塌房屋42间,受损道路18公里。", quantities: ["42间", "18公里"], subjects: ["倒塌房屋", "受损道路"]),
        Case(sentence: "通过错峰生产,企业每月节省电费约30万元。", quantities: ["约30万元"], subjects: ["电费"]),
        Case(sentence: "本届马拉松吸引了来自28个国家和地区的3.2万名选手参赛。", quantities: ["28个", "3.2万名"], subjects: ["国家和地区", "选手"]),
        Case(sentence: "全县建成高标准农田18万亩,亩均增产粮食50公斤。", quantities: ["18万亩", "50公斤"], subjects: ["高标准农田", "粮食"]),
        Case(sentence: "本届展会设置展位1200个,参展企业超过800家。", quantities: ["1200个", "超过800家"], subjects: ["展位", "参展企业"]),
        Case(sentence: "全市门诊次均费用为268元。", quantities: ["268元"], subjects: ["全市门诊次均费用"]),
        // Traditional characters and full-width digits after normalisation.
        Case(sentence: "全市空氣質量優良率為92.5%,比上年提高3個百分點。", quantities: ["92.5%", "3個百分點"], subjects: ["全市空气质量优良率", "全市空气质量优良率"]),
        Case(sentence: "全縣共有衛生院１８所。", quantities: ["１８所"], subjects: ["卫生院"]),
    ]

    @Test(arguments: cases)
    func resolvesSubject(_ c: Case) throws {
        let r = try SubjectHarness.resolve(c.sentence, quantities: c.quantities, antecedent: c.antecedent)
        #expect(r.subjects == c.subjects)
    }

    @Test func elidedCountFindsItsMeasureWordAcrossSentences() throws {
        let subjects = try SubjectHarness.resolveArticle([
            ("今年以来,全市共排查入河排污口860个,溯源率达92%。", ["860个", "92%"]),
            ("已完成整治530个,其中封堵取缔126个。", ["530个", "126个"]),
        ])
        #expect(subjects == [["入河排污口", "溯源率"], ["入河排污口", "入河排污口"]])
    }

    @Test func elidedQuantityWithOtherUnitTakesTheLastSubject() throws {
        let subjects = try SubjectHarness.resolveArticle([
            ("全市生产总值达到3210亿元。", ["3210亿元"]),
            ("同比增长6.2%。", ["6.2%"]),
        ])
        #expect(subjects == [["全市生产总值"], ["全市生产总值"]])
    }

    @Test func companyAsDeicticIsDroppedButCountedWhenCounted() throws {
        let r = try SubjectHarness.resolve("公司全年营业收入为86.4亿元,旗下共有3家公司入选。", quantities: ["86.4亿元", "3家"])
        #expect(r.subjects == ["全年营业收入", "公司"])
    }

    @Test func subjectIsNeverTheWholeClause() throws {
        let sentence = "该局积极开展夏季臭氧污染防治攻坚行动,组织执法人员深入企业检查,共检查企业120家。"
        let r = try SubjectHarness.resolve(sentence, quantities: ["120家"])
        let subject = try #require(r.subjects[0])
        #expect(subject == "企业")
    }

    @Test func longUnpunctuatedSentenceResolvesEveryQuantity() throws {
        // A table flattened into one clause: every quantity still gets the noun after it.
        let row = "其中在全市范围内的企业有12家工厂"
        let sentence = String(repeating: row, count: 300)
        let quantities = [String](repeating: "12家", count: 300)
        let clock = ContinuousClock()
        var r: SubjectHarness.Resolution? = nil
        let elapsed = try clock.measure {
            r = try SubjectHarness.resolve(sentence, quantities: quantities)
        }
        #expect(r?.subjects.count == 300)
        #expect(r?.subjects.allSatisfy { $0 == "工厂" } == true)
        #expect(elapsed < .seconds(10))
    }

    @Test func manyElidedClausesResolveInLinearTime() throws {
        // A long run of elided clauses: each takes the subject of the first.
        let sentence = "全市实现产值98亿元" + String(repeating: ",同比增长5%", count: 400) + "。"
        let quantities = ["98亿元"] + [String](repeating: "5%", count: 400)
        let clock = ContinuousClock()
        var r: SubjectHarness.Resolution? = nil
        let elapsed = try clock.measure {
            r = try SubjectHarness.resolve(sentence, quantities: quantities)
        }
        #expect(r?.subjects.count == 401)
        #expect(r?.subjects.allSatisfy { $0 == "产值" } == true)
        #expect(r?.changes.dropFirst().allSatisfy { $0 == .increase } == true)
        #expect(elapsed < .seconds(10))
    }

    @Test func quantityWithoutWordsHasNoSubject() throws {
        let r = try SubjectHarness.resolve("共计12个。", quantities: ["12个"])
        #expect(r.subjects == [nil])
    }

    @Test func lenientScoringFollowsTheEvaluation() {
        #expect(SubjectHarness.subjectScores("中央专项资金项目", "中央专项资金") == (false, true))
        #expect(SubjectHarness.subjectScores("产值", "产值") == (true, true))
        #expect(SubjectHarness.subjectScores(nil, "产值") == (false, false))
        #expect(SubjectHarness.subjectScores("空气质量", "水质达标率") == (false, false))
        #expect(SubjectHarness.subjectScores(nil, nil) == (true, true))
    }

    /// Prints the scores on an extra development gold folder when
    /// `ZHNEWS_EXTRA_GOLD` names one (see ``SubjectHarness/scoreExtraGold()``);
    /// asserts only that every file could be scored.
    @Test func extraGoldReport() throws {
        let scores = try SubjectHarness.scoreExtraGold()
        var all = SubjectHarness.Score()
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            print("extra \(name): \(score.summary)")
            for outcome in score.outcomes where !outcome.strict || !outcome.changeCorrect { print("  \(outcome)") }
            all.outcomes += score.outcomes
        }
        if !scores.isEmpty { print("all extra gold: \(all.summary)") }
        fflush(nil)
        #expect(scores.values.allSatisfy { $0.count > 0 })
    }

    @Test func goldArticlesMeetTheBar() throws {
        let scores = try SubjectHarness.scoreGold()
        #expect(!scores.isEmpty)
        var all = SubjectHarness.Score()
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            print("\(name): \(score.summary)")
            for outcome in score.outcomes where !outcome.strict || !outcome.changeCorrect { print("  \(outcome)") }
            all.outcomes += score.outcomes
        }
        print("all gold: \(all.summary)")
        fflush(nil)
        #expect(all.lenient >= 0.85, "\(all.summary)")
        #expect(all.change >= 0.95, "\(all.summary)")
        for (name, score) in scores {
            #expect(score.lenient >= 0.85, "\(name): \(score.summary)")
            #expect(score.change >= 0.95, "\(name): \(score.summary)")
        }
    }
}
