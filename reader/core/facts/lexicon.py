"""General word lists the fact rules use: places, name suffixes, surnames, titles, verbs.

Nothing here comes from one article: the place lists are China's provincial and
prefecture-level divisions, common regions and countries; the other lists are
the usual suffixes of Chinese organisation names, the common surnames, and
frequent verbs and function words of news prose. All in simplified script, as
the rules run on folded text. Plain data: building anything from it is left to
the caller, which caches it on first use.
"""

from __future__ import annotations

__all__ = [
    "ADVERBS",
    "AGREEMENTS",
    "AMBIGUOUS_PLACES",
    "ANYONE",
    "COMMITTEES",
    "COMPOUND_SURNAMES",
    "COUNTRY_ABBREVIATIONS",
    "DEPARTMENTS",
    "FUNCTION_CHARS",
    "GENERIC_ORGS",
    "GENERIC_PLACES",
    "HIGH_TITLES",
    "LATER_SURNAMES",
    "LATER_TITLES_BEFORE_NAMES",
    "PLACE_ABBREVIATIONS",
    "MEASURE_WORDS",
    "MILITARY_RANKS",
    "NATIONAL_ORGS",
    "ACTS",
    "NOT_ORGS",
    "NOT_ORG_AFTER",
    "NOT_PEOPLE",
    "NOT_PLACE_TAILS",
    "NO_CITIES",
    "ORG_SUFFIXES",
    "ORG_STARTS",
    "PAIRED_WITH",
    "PERSON_CUES_BEFORE",
    "PERSON_TITLES",
    "PLACES",
    "PLACE_SUFFIXES",
    "PROVINCES",
    "PROVINCE_ABBREVIATIONS",
    "SPEECH_VERBS",
    "STRIPPED_PLACE_SUFFIXES",
    "SURNAMES",
    "TRANSLITERATION",
    "TITLES_BEFORE_NAMES",
    "VERBS",
    "WORDS_HIDING_PLACES",
    "WORD_ORGS",
    "WORD_ORGS_NOT_BEFORE",
]


def _words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(text.split())


_PROVINCES = """
北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南
湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门
"""
_CITIES = """
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州
晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 四平 辽源 通化
白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州
绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州
六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余
鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂
德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘
信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲
湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山
江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林
梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花
泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山
贵阳 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨 日喀则 昌都 林芝 山南 那曲 阿里 西安 铜川
宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳
定西 陇南 临夏 甘南 西宁 海东 海北 黄南 果洛 玉树 海西 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐
克拉玛依 吐鲁番 哈密 昌吉 阿克苏 喀什 和田 伊犁 塔城 阿勒泰
台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖 金门
"""
_HONG_KONG_MACAU_MALAYSIA = """
湾仔 油尖旺 深水埗 九龙城 黄大仙 观塘 葵青 荃湾 屯门 元朗 大埔 沙田 西贡 九龙 新界 港岛
将军澳 天水围 东涌 大屿山 旺角 尖沙咀 铜锣湾 中环 上环 西环 北角 鲗鱼涌 柴湾 筲箕湾 红磡 土瓜湾
启德 何文田 长沙湾 荔枝角 粉岭 薄扶林 香港仔 赤柱 跑马地 坚尼地城 葵涌 氹仔 路环
雪兰莪 柔佛 槟城 沙巴 砂拉越 马六甲 森美兰 吉打 登嘉楼 彭亨 吉兰丹 纳闽
"""
"""Hong Kong's districts and towns, Macau's islands and Malaysia's states
(东区, 南区, 北区, 离岛, 上水, 火炭, 深井, 青衣, 美孚 and 霹雳 are left out: they are as often words)."""
_REGIONS = """
粤港澳大湾区 大湾区 长三角 珠三角 长江三角洲 珠江三角洲 京津冀 成渝 华南 华北 华东 华中 西南 西北
东北 港澳 港澳台 海峡两岸 内地 雄安新区 浦东新区 滨海新区 两广 闽南 岭南 江南 中原
中华人民共和国 香港特别行政区 澳门特别行政区 亚太 东亚 中亚 南亚 西亚 北非 西欧 东欧 北欧 中东欧 东南欧 南欧
拉丁美洲 渤海 秦岭 珠穆朗玛峰 车臣 克什米尔 戈兰高地 约旦河西岸 科索沃 夏威夷
哈萨克 塔吉克 吉尔吉斯 乌兹别克 土库曼 马尔地夫
"""
_COUNTRIES = """
中国 美国 日本 韩国 朝鲜 英国 法国 德国 意大利 西班牙 葡萄牙 俄罗斯 乌克兰 印度 巴基斯坦 印度尼西亚
印尼 马来西亚 新加坡 泰国 越南 菲律宾 缅甸 柬埔寨 老挝 文莱 澳大利亚 新西兰 加拿大 墨西哥 巴西
阿根廷 智利 秘鲁 古巴 南非 埃及 尼日利亚 肯尼亚 埃塞俄比亚 沙特阿拉伯 沙特 伊朗 伊拉克 以色列
土耳其 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 希腊 奥地利 爱尔兰 蒙古 哈萨克斯坦 阿联酋
卡塔尔 叙利亚 阿富汗 孟加拉国 斯里兰卡 尼泊尔 亚洲 欧洲 非洲 美洲 北美 南美 拉美 大洋洲 东南亚
中东 东京 大阪 首尔 纽约 华盛顿 洛杉矶 旧金山 芝加哥 伦敦 巴黎 柏林 莫斯科 罗马 悉尼 墨尔本
温哥华 多伦多 曼谷 河内 雅加达 吉隆坡 迪拜 日内瓦 布鲁塞尔
白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 摩尔多瓦 格鲁吉亚 亚美尼亚 阿塞拜疆 乌兹别克斯坦 土库曼斯坦
吉尔吉斯斯坦 塔吉克斯坦 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 波黑
马其顿 北马其顿 阿尔巴尼亚 卢森堡 冰岛 马耳他 塞浦路斯 摩纳哥 列支敦士登 安道尔 梵蒂冈 圣马力诺
委内瑞拉 哥伦比亚 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 圭亚那 苏里南 巴拿马 哥斯达黎加 尼加拉瓜
洪都拉斯 萨尔瓦多 危地马拉 伯利兹 牙买加 多米尼加 特立尼达和多巴哥 巴哈马 巴巴多斯 格林纳达
坦桑尼亚 乌干达 卢旺达 布隆迪 索马里 吉布提 厄立特里亚 苏丹 南苏丹 刚果 安哥拉 赞比亚 津巴布韦
莫桑比克 马拉维 博茨瓦纳 纳米比亚 莱索托 斯威士兰 马达加斯加 毛里求斯 塞舌尔 科摩罗 喀麦隆 加蓬
赤道几内亚 乍得 尼日尔 布基纳法索 塞内加尔 冈比亚 几内亚比绍 几内亚 塞拉利昂 利比里亚 科特迪瓦
贝宁 毛里塔尼亚 佛得角 利比亚 突尼斯 阿尔及利亚 摩洛哥 东帝汶 巴布亚新几内亚 斐济 萨摩亚
瓦努阿图 所罗门群岛 基里巴斯 图瓦卢 瑙鲁 帕劳 密克罗尼西亚 马绍尔群岛 马尔代夫 黎巴嫩 约旦
巴勒斯坦 科威特 也门 巴林 不丹 孟加拉 多米尼克 圣卢西亚 安提瓜和巴布达 圣基茨和尼维斯 圣文森特和格林纳丁斯
圣多美和普林西比 波斯尼亚和黑塞哥维那 太平洋 大西洋 印度洋 北冰洋 地中海 加勒比
"""
_TAIWAN_AND_HONG_KONG_NAMES = """
义大利 叶门 乔治亚 纽西兰 肯亚 奈及利亚 辛巴威 坦尚尼亚 沙乌地阿拉伯 沙乌地 寮国 索马利亚 衣索比亚
衣索匹亚 赖比瑞亚 迦纳 卢安达 波士尼亚 克罗埃西亚 斯洛维尼亚 亚塞拜然 汶莱 帛琉 模里西斯 塞席尔
莫三比克 尚比亚 波札那 赖索托 象牙海岸 布吉纳法索 甘比亚 茅利塔尼亚 突尼西亚 厄利垂亚 吉布地 瓜地马拉
宏都拉斯 哥斯大黎加 贝里斯 多明尼加 苏利南 厄瓜多 吐瓦鲁 索罗门群岛 马尔他 赛普勒斯 北韩 南韩 俄国
澳洲 雪梨 休士顿 坎培拉 布里斯本 蒙特娄 巴塞隆纳 伊斯坦堡 利雅德 杜拜 阿布达比 奈洛比 约翰尼斯堡
峇里岛
"""
"""Countries and cities as Taiwan and Hong Kong name them (义大利, 叶门, 雪梨), folded to
simplified script: the tagger took 義大利 and 葉門 for people. Left out as parts of common words:
海地 (沿海地区), 加纳 (增加纳税), 马利, 伯斯, 千里达, 东加, 诺鲁, 贝南; 华府 (the US government too)."""
_WORLD_CITIES = """
耶路撒冷 开罗 新德里 伊斯兰堡 德黑兰 巴格达 大马士革 安卡拉 利雅得 贝鲁特 喀布尔 仰光 马尼拉 汉城 平壤
乌兰巴托 阿拉木图 塔什干 明斯克 基辅 华沙 布拉格 布达佩斯 维也纳 马德里 里斯本 雅典 阿姆斯特丹 海牙
哥本哈根 斯德哥尔摩 奥斯陆 赫尔辛基 都柏林 渥太华 哈瓦那 巴西利亚 布宜诺斯艾利斯 圣地亚哥 波哥大
加拉加斯 内罗毕 亚的斯亚贝巴 拉各斯 阿布贾 比勒陀利亚 约翰内斯堡 哈拉雷 卢萨卡 达累斯萨拉姆 堪培拉
惠灵顿 孟买 加尔各答 卡拉奇 加德满都 科伦坡 胡志明市 斯里巴加湾市 马斯喀特 阿布扎比 科威特城
喀土穆 的黎波里 阿尔及尔 拉巴特 达喀尔 阿克拉 阿比让 金沙萨 罗安达 温得和克 哈博罗内 马普托
塔那那利佛 贝尔格莱德 萨格勒布 卢布尔雅那 布加勒斯特 索非亚 地拉那 斯科普里 基希讷乌 维尔纽斯
第比利斯 埃里温 阿什哈巴德 杜尚别 比什凯克 伯尔尼 雷克雅未克 蒙得维的亚 亚松森 拉巴斯 巴拿马城
马那瓜 特古西加尔巴 圣萨尔瓦多 危地马拉城 金斯敦 太子港 圣多明各 墨西哥城 檀香山 休斯敦 西雅图
波士顿 费城 底特律 亚特兰大 迈阿密 蒙特利尔 法兰克福 慕尼黑 波恩 威尼斯 那不勒斯 巴塞罗那
圣彼得堡 海参崴 符拉迪沃斯托克 新西伯利亚 伊尔库茨克 横滨 名古屋 神户 札幌 釜山 仁川 高雄
"""
"""Capitals and large cities abroad that news names without a country: the tagger, whose
known-name feature reads many of them as people (jieba's dictionary calls 新德里 and 马尼拉
names of persons), missed 122 of 168 in 他今天在…说. Left out as parts of common words or
words themselves or clubs: 金边 (镶金边), 里加, 利马, 里昂, 京都, 万象, 马赛, 汉堡, 加沙, 达卡, 基多, 米兰."""

_LANDMARKS = """
人民大会堂 中南海 怀仁堂 天安门广场 天安门 人民英雄纪念碑
"""
"""The seats of state where news says leaders meet (在人民大会堂会见): places, as MSRA marks
人民大会堂 every time; the tagger took it for the body 人民大会. 钓鱼台国宾馆, which MSRA
marks as an organisation, is left to the tagger."""
NO_CITIES = _words(_HONG_KONG_MACAU_MALAYSIA + " 香港 澳门")
"""Places no 市 follows as their suffix: 香港市民 and 九龙市区 are Hong Kong's citizens and
Kowloon's urban area, not 香港市 or 九龙市."""

_US_STATES = """
加利福尼亚 得克萨斯 德克萨斯 佛罗里达 宾夕法尼亚 俄亥俄 密歇根 密西根 佐治亚 乔治亚 弗吉尼亚 维吉尼亚
马萨诸塞 亚利桑那 内华达 科罗拉多 路易斯安那 田纳西 肯塔基 威斯康星 威斯康辛 明尼苏达 密苏里 伊利诺伊
伊利诺 印第安纳 北卡罗来纳 南卡罗来纳 北卡罗莱纳 南卡罗莱纳 阿拉巴马 亚拉巴马 俄勒冈 奥勒冈 犹他 爱荷华
艾奥瓦 堪萨斯 内布拉斯加 阿肯色 密西西比 新墨西哥 蒙大拿 阿拉斯加 缅因 佛蒙特 新罕布什尔 新罕布夏
罗德岛 康涅狄格 康乃狄克 新泽西 纽泽西 特拉华 德拉瓦 马里兰 西弗吉尼亚 西维吉尼亚 爱达荷 怀俄明
北达科他 南达科他 俄克拉何马 奥克拉荷马 伊利诺斯 加州 南加州 北加州 佛州 宾州
"""
"""The United States' states, as the mainland and Taiwan write them (its 州 is read as a suffix):
the tagger cut 佛罗里达州 to the Sichuan city 达州."""
PLACES = _words(
    _PROVINCES + _CITIES + _HONG_KONG_MACAU_MALAYSIA + _REGIONS + _COUNTRIES + _TAIWAN_AND_HONG_KONG_NAMES
    + _WORLD_CITIES + _LANDMARKS + _US_STATES
)
PROVINCES = _words(_PROVINCES)
"""China's provincial divisions: a place of its own before a place within it (河北|故城县)."""
"""Place names found by name alone (with or without 省/市), folded to simplified script."""

AMBIGUOUS_PLACES = _words("""
大同 长治 朝阳 四平 白山 白银 来宾 安康 新余 通化 黑河 阿里 大理 红河 文山 怒江 普洱 山南 海东
海北 海西 中卫 吴忠 玉树 果洛 金昌 定西 吉安 宜春 南平 三明 中山 北海 日照 开封 攀枝花 广安 遵义
黄石 常德 哈密 和田 金华 丽水 玉溪 保山 大庆 平凉 庆阳 白城 松原 辽源 内地 江南 中原 岭南 西南
西北 东北 华中 两广 成渝 金门 黄山 东营 武威 台东
""")
"""Place names that are also common words or names: they count only with 市/州/县 after them."""

GENERIC_PLACES = _words("""
社区 小区 城区 市区 郊区 景区 园区 校区 山区 灾区 辖区 片区 专区 湾区 新区 农村 乡村 城市 都市 城镇 乡镇 村镇 全市 本市 该市 全省 本省 该省 全县 全区 全镇 各地 地区
外地 本地 当地 县市 省市 市县 核心区 中心区 示范区 开发区 试验区 功能区 保护区 集聚区 聚集区 先行区 自贸区 实验区 高新区 新城区 老城区 主城区 风景区 旅游区 商业区 住宅区
工业区 生活区 服务区 管理区 行政区 选区 战区 特区 户外区 室内区 展区 自治区 自治州 自治县 直辖市
""")
"""Words that end in a place suffix but name no place (社区, 开发区, 全市)."""

MEASURE_WORDS = _words("""
人次 个 名 位 家 篇 项 条 场 次 件 所 座 户 支 批 种 类 台 辆 架 艘 只 头 匹 本 部 册 份 张 套 处 栋 幢 间 层 门 棵 株 枚 颗 首 幅 封 起 宗 笔 例 轮
期 届 块 人 股 具 伙 对 粒 票 席 班 架次 航次 单 杯 集 列 把 队 瓶 罐 根 箱 标准箱 片 款 发 句 科 面 顿 注 卷 组
盏 尊 扇 顶
""")
"""Measure words a count is made with (个, 名, 家, 项…; 架次 and 航次 whole, 单 for orders, 集 for
episodes, 列 for trains: 逾1800單, 304架次消防車, 中欧班列开行1236列; 队 for teams, 瓶, 罐, 根: 22隊搜索隊;
箱 and 标准箱 for cargo: 日產量11萬箱, 吞吐量1700万标准箱; 片 for discs, 款 for models, 发 for
rounds, 句 for lines, 科 for subjects: 两科不及格; 面 for medals and flags, 顿 for meals, 注 for
lottery bets, 卷 for volumes, 盏 lamps, 尊 statues, 扇 doors, 顶 tents, each only before what it counts; 组 for sets and groups:
四组录音设备, not 3组成); 块 is money when no noun follows; 股 and 片 count only after digits or
万/亿 (增持2.5万股, 3万余片, not 一股暖流, 三股势力, 一片混乱); 发 only before a shell (5发子弹)."""

STRIPPED_PLACE_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "省",
    "市",
    "地区",
)
"""Suffixes dropped from a place's value, so 江门市 and 江门 are one fact."""

PLACE_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "新区",
    "街道",
    "古镇",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "州",
    "岛",
    "湾",
    "城",
    "苑",
)
"""Suffixes that make a place of the two or three characters before them (新会区, 赤坎古镇)."""

ORG_SUFFIXES = (
    "委员会",
    "常委会",
    "联委会",
    "理事会",
    "联合会",
    "基金会",
    "研究会",
    "促进会",
    "商会",
    "协会",

    "学会",
    "总会",
    "工会",
    "大会",
    "联盟",
    "人民检察院",
    "检察院",
    "人民法院",
    "法院",
    "医院",
    "研究院",
    "科学院",
    "设计院",
    "学院",
    "大学",
    "中学",
    "小学",
    "幼儿园",
    "研究所",
    "事务所",
    "公证处",
    "派出所",
    "有限公司",
    "公司",
    "集团",
    "银行",
    "中心",
    "报社",
    "杂志社",
    "出版社",
    "通讯社",
    "电视台",
    "广播电台",
    "博物馆",
    "图书馆",
    "纪念馆",
    "美术馆",
    "展览馆",
    "科技馆",
    "政协",
    "办公室",
    "领导小组",
    "部",
    "局",
    "厅",
    "署",
    "委",
    "办",
    "社",
    "网",
)
"""Endings of organisation names, longest first where one ends another."""

NOT_ORG_AFTER = {
    "部": "长门分份署队落位件级",
    "局": "长面势限部",
    "委": "员托屈婉会任派身",
    "办": "理法公事学些喜班厂实成好妥一二三四五六七八九十两几",
    "厅": "长",
    "署": "名长",
    "社": "会区团交工科论群",
    "网": "络路坛吧购聊游站页民友上点格易笑怒呛酸惊疯赞叹轰狂哭",
    "中心": "工大任城思环位地",
    "大会": "上堂员",
    "医院": "长",
    "大学": "生指入毕",
    "学院": "生",
}
"""Characters that, right after a suffix, show it is no organisation (部长, 中心工作, 社会,
办些实事, 办十二桌酒席: 办 the verb, before its object)."""

NOT_ORGS = _words("""
新局 当局 格局 大局 全局 布局 结局 开局 时局 政局 战局 骗局 僵局 棋局 残局 出局 饭局 变局 危局 困局 乱局 破局 迷局
平局 和局 搅局 胜局 败局 定局 终局 赌局 成局 法办 侦办 严办 究办 全部 内部 外部 局部 干部 各部 南部
北部 东部 西部 中部 底部 头部 顶部 面部 背部 脑部 颈部 脸部 手部 腹部 胸部 腰部 腿部 足部 脚部 肺部 肩部 臀部
眼部 鼻部 耳部 唇部 肝部 胃部 上部 下部 前部 后部 侧部 防控网 成网 补办 举办 主办 承办 创办 开办 兴办 查办 督办 协办 申办 包办
操办 筹办 代办 照办 简办 不办 多办 少办 再办 快办 好办 难办 能办 要办 都办 也办 就办 还办 停办 送办 加码办 续办 缓办
想办 特办 量办 来办 去办 帮办 会办
扩大会 开大会 召开大会 中小学 市中心 城中心 镇中心 常委 编委 签署 部署 公署 结社 上网 联网 互联网 物联网 官网 餐厅 大厅 客厅 展厅 歌厅 舞厅 门厅 饭厅
尘网 燃网 修网 料网 纱网 土网 风网 火网 援网 交网 通网 明网 换网 棚网 护网 防网 全网 丝网 渔网 蛛网 球网 拦网 围网 天网 法网 管网 路网 织网 撒网 落网 漏网 触网 触电网 遮阳网 盖网
""")
"""Words that end like an organisation but are none (格局, 举办, 签署, and nets: 棚网, 保护网)."""

ORG_STARTS = _words(
    "中国 中华 中央 中共 国家 全国 国际 世界 亚洲 省委 市委 县委 区委 省政府 市政府"
)
"""Words that open an organisation name and stop the walk back to its start."""

NATIONAL_ORGS = _words("""
中国共产党 国务院 全国人大 全国政协 中共中央 中央军委 国家民委 国家发改委 联合国 世界卫生组织 世界贸易组织
欧盟 东盟 北约 国际奥委会 亚投行 新华社 中新社 人民日报 中央电视台
中共 民革 民盟 民建 民进 农工党 致公党 九三学社 台盟 全国人民代表大会 人民政协 亚太经合组织
国际货币基金组织 世界银行 独联体 欧佩克 石油输出国组织 非盟 非洲联盟 阿盟 阿拉伯国家联盟 上海合作组织
上合组织 经合组织 国际原子能机构 国际劳工组织 联合国教科文组织 国际红十字会 红十字国际委员会 欧洲议会
欧共体 欧洲共同体 美洲国家组织 非洲统一组织 加勒比共同体 海湾合作委员会 伊斯兰会议组织 亚太经济合作组织
保守党 共和党 国民党 民进党 自民党 社会党 工党 中国国民党 台湾民众党 民主进步党
民建联 工联会 经民联 公民党 新民党 民众党 时代力量 亲民党 人民行动党 巫统 马华公会 民主行动党 人民公正党
中国人民解放军 人民解放军 解放军 中国人民志愿军 武警 解放军报 光明日报 经济日报
路透社 美联社 法新社 塔斯社 共同社 时事社 合众国际社 安莎社 埃菲社 德新社 韩联社 中通社
天文台 香港天文台 中央气象台
房委会 廉署 医管局 市建局 民安队 周大福 李锦记 毕马威 农夫山泉
消防处 警务处 入境处 惩教署 社会福利署 屋宇署 房屋署 食环署 运输署 路政署 水务署 渠务署 地政总署
环保署 劳工处 民政事务总署 律政司 机管局 贸发局 旅发局 消委会 支联会 宏达电 国光客运
行政院 立法院 监察院 考试院 司法院 总统府 经济观察报
国泰航空 港龙航空 香港航空 香港快运航空 中华航空 长荣航空 星宇航空 中国国际航空 东方航空 南方航空 海南航空
厦门航空 四川航空 深圳航空 春秋航空 吉祥航空 山东航空 新加坡航空 日本航空 全日空 大韩航空 韩亚航空
阿联酋航空 卡塔尔航空 汉莎航空 法国航空 英国航空 美国航空 达美航空 联合航空
""")
"""Organisations known by a name with no telling suffix."""

WORD_ORGS = _words("""
房协 中房协 彭博 英特尔 高通 英伟达 辉达 腾讯 台积电 联发科 联发科技 鸿海 富士康 华硕 宏碁 仁宝 纬创
比亚迪 宁德时代 字节跳动 拼多多 脸书 港铁 九巴 中央社
""")
"""Organisations known by a short name that can also be the inside of other words (购房协议,
提高通胀, 彭博士, 香港铁路, 中央社会主义学院): found only where jieba starts a word (房协则说 and 脸书粉专 are glued by jieba
at the end, so the end is checked by ``WORD_ORGS_NOT_BEFORE``). Firms whose name is a word
(苹果, 小米, 三星, 百度, 京东: apples, millet, three stars, a hundred degrees, 北京东路) are
left out."""

WORD_ORGS_NOT_BEFORE = {"高通": "胀量", "彭博": "士"}
"""What makes such a name the start of another word: 高通胀 (high inflation), 高通量 (high
throughput), 彭博士 (Dr Peng)."""

NOT_PEOPLE = _words("""
楼宇 房屋 毛巾 王后 董事 毕生 大伯 阿哥 孙子 劳工 汤圆 汤头 陈尸 齐齐 警方 左一 左二 左三 右一 右二 右三
贺信 贺电 贺词 韩语 任期 常务 执行 夏季 夏天 夏日 秋季 秋天 冬季 冬天 春季 春天
""")
"""Words Hong Kong and Taiwan news write often that the tagger takes for a surname and a
name (楼宇, 孙子, 左三 of a photo caption), a leader's letter after his title (习近平主席贺信) and
a rank before a title (常务副市长), the seasons (夏季很受遊客歡迎): no one, and no name starts
with them (楼宇烧)."""

ANYONE = _words("任何人 有人 某人 别人 他人 本人 个人 路人 众人 世人 外人 旁人 任何一人 许多人 很多人 不少人 多数人 "
                "周一 周二 周三 周四 周五 周六 周日")
"""Words for anyone, and the days of the week (週六; but 周一鳴 is a name), which the tagger may take
for a name (向任何人透露)."""

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "习甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇"
    "栾隋刁巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼"
)
"""Common single-character surnames."""

LATER_SURNAMES = frozenset("傅阎洪芮邰郜阚晁仝逯嵇裘亓昝扈邸卿阙逄廉")
"""More surnames (总参谋长傅全有, 主任逄先知), read by the rules only: the name tagger's surname
feature reads ``SURNAMES`` as its model was trained with it."""

COMPOUND_SURNAMES = _words("欧阳 司马 诸葛 上官 司徒 东方 皇甫 令狐 慕容 尉迟 长孙 夏侯 公孙 端木")

PERSON_TITLES = _words("""
先生 女士 小姐 教授 副教授 研究员 院士 博士 书记 总书记 副书记 市长 副市长 省长 副省长 县长 区长
镇长 部长 副部长 局长 厅长 处长 主席 副主席 总统 副总统 总理 副总理 首相 大使 主任 副主任 董事长
总经理 总裁 校长 院长 会长 理事长 秘书长 老师 医生 律师 法官 同志 将军 议员 州长 教练 导演 主编
""")
"""Titles that follow a person's name (习近平总书记, 梁启超先生) or precede it (部长陈良基)."""

PERSON_CUES_BEFORE = (
    "责任编辑",
    "编辑",
    "责编",
    "记者",
    "通讯员",
    "作者",
    "摄影",
    "撰文",
    "主持人",
)
"""Credit words a name follows: 记者 张三, [编辑:方伟彬]."""

TITLES_BEFORE_NAMES = _words("""
总书记 国家主席 主席 副主席 总统 副总统 总理 副总理 首相 国务委员 委员长 部长 副部长 外长 外交部长
国务卿 发言人 新闻发言人 大使 特使 秘书长 书记 省长 市长 县长 州长 区长 局长 厅长 主任 院长 校长
董事长 总经理 总裁 主席团 议长 参议员 众议员 议员 将军 司令 司令员 政委 教授 院士 研究员 记者
通讯员 主持人 教练 队长 导演 作家 诗人 画家 歌手 演员 选手 球员 律师 法官 检察长 警官 博士
""")
"""Titles that stand right before a name (国家主席习近平, 发言人赵立坚): a cue to a person.
The name tagger's title feature reads this list and ``PERSON_TITLES``, as its model was
trained with them; a title added here changes what the shipped model sees."""

LATER_TITLES_BEFORE_NAMES = _words("""
参谋长 总参谋长 大臣 首席代表 团长 总督 国王 女王 亲王 总干事 署长 总编辑
立委 立法委员 主委 总召 司长 里长 市议员 县议员
""")
"""More titles before a name (外交大臣库克, 总参谋长傅全有; Taiwan's and Hong Kong's 立委徐巧芯, 主委,
司长陈茂波), read by the rules only: the
shipped model was trained without them, so that retraining reproduces it; the next model
may take them in."""

MILITARY_RANKS = _words("元帅 大将 上将 中将 少将 准将 大校 上校 中校 少校")
"""Ranks written after a name (迟浩田上将, 布鲁赫海军上将), read by the rules only."""

NOT_PLACE_TAILS = _words("""
下乡 回乡 返乡 还乡 同乡 老乡 故乡 他乡 异乡 城乡 思乡 屋苑
上市 股市 楼市 车市 房市 菜市 夜市 早市 开市 休市 收市 闭市 罢市 入市 退市 救市 造市 托市 看市 门市
""")
"""Words that end in a place suffix and make the name before them no place (科技下乡; and the
markets of financial news: 粉饰上市, 深股市, 冷眼看市; a shop: 砲校门市)."""

GENERIC_ORGS = _words("""
人大 政协 党委 政府 市委 省委 区委 镇委 市政府 省政府 县政府 区政府 法院 检察院 公安 商会 协会
学校 医院 公司 企业 银行 政府部门 有关部门 职能部门 党组织 基层党组织 民主党派 工商联
中央 党校 党支部 团支部 村委会 居委会 省委会 市委会 县委会 区委会 网上银行 网络银行 手机银行 商业银行 发卡银行 国务
工程公司 建筑工程公司 顾问公司 工程顾问公司 管理公司 保险公司 中介公司 私营公司 庇护中心 临时庇护中心
子公司 分公司 大公司 合资公司 国外公司 外国公司 资产管理公司 股东大会 年度股东大会 临时股东大会 健身中心
国内银行 外资银行 怎么办
""")
"""Bodies named by kind, not by name: 人大 alone is a local people's congress, not one named.
县委 is not among them: MSRA marks a county's party committee as an organisation wherever it
stands alone (8 times of 8 on its train and dev parts). On 市委 and 省委 alone the corpora
disagree (OntoNotes marks 省委 2 times of 5, CLUENER 市委 none of 5), and the seed's gold lists
市委 alone as a kind of body. Banks by kind (国内银行, 外资银行) no corpus marks; 怎么办 (what to
do) ends in the suffix 办. Bodies by kind that CLUENER marks (博彩公司, 农村信用社, 警方) are left
alone."""

DEPARTMENTS = _words("财务部 生产部 业务部 销售部 市场部 营销部 采购部 研发部 客服部 质检部 技术部 人力资源部")
"""A firm's departments named by what they do: any firm's, no name (MSRA and CLUENER mark
none of 财务部, 业务部 or 市场部 alone). 人事部 is left out: it is also a ministry."""

COMMITTEES = _words("县委")
"""A county's party committee, an organisation by itself (县委决定, 随后，县委…) where no name
stands before it to make it part of a longer one (故城县委)."""

AGREEMENTS = _words("""
RCEP CPTPP TPP TTIP NAFTA USMCA CEPA ECFA FTA BIT GDP GNP CPI PPI PMI
""")
"""Agreements and economic measures written as Latin acronyms (RCEP, CEPA, GDP): the name
tagger, which learnt acronyms as organisations (NBA, IBM), takes them for one."""

COUNTRY_ABBREVIATIONS = "美俄日英法德加澳韩朝印巴越泰意墨菲埃以伊希葡荷挪芬丹缅柬蒙智秘古"
"""Countries written as one character beside 中 (中墨两国, 泰中关系)."""

PAIRED_WITH = _words("""
两国 关系 建交 友好 友谊 双方 双边 人民 合作 贸易 经贸 边境 外长 首脑 会谈 交流 联合
""")
"""Words after a pair of one-character countries that make them two places (中墨两国)."""

PLACE_ABBREVIATIONS = frozenset("中港台华亚欧非京沪津渝粤" + COUNTRY_ABBREVIATIONS)
"""Places written as one character (中美关系, 访华, 粤港澳): the tagger's one-character places
count only when they are one of these."""

PROVINCE_ABBREVIATIONS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵黔云滇藏陕甘宁青新港澳台"
"""China's provincial divisions written as one character (冀、鲁、豫三省): places only where
listed, as the characters are common ones."""

HIGH_TITLES = ("总书记", "主席", "总理", "总统", "委员长", "副主席", "副总理", "书记", "部长")
"""Titles after which one character is a person (江主席, 李总理): the surname stands for the name."""

WORDS_HIDING_PLACES = {"中国": ("发展中国家",)}
"""Common words that contain a place name without naming it: 发展中国家 is no 中国."""

TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕波伯勃博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法范菲费芬丰"
    "弗福夫盖甘冈戈格根贡古圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱赖兰朗劳勒雷"
    "里利列林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密明摩莫姆穆纳娜奈南内尼涅纽努诺帕潘佩彭皮普齐奇"
    "恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特提图托瓦娃万威韦维温沃乌武西希锡谢"
    "休雅亚扬耶伊因尤约扎泽詹兹佐卓丽莉妮娅翁茨差季"
)
"""Characters that spell foreign names by sound (内塔尼亚胡, 切尔诺梅尔金, 达恩·蒂雄): a run of
them next to a title or a tagged piece of such a name is the rest of that name."""

SPEECH_VERBS = ("表示", "指出", "介绍", "认为", "强调", "透露", "坦言", "告诉", "说")

FUNCTION_CHARS = frozenset(
    "的与和及在由向从对为被将把跟以于给让是了着并或而等也还就又均已且即其若但因如据按随除到去进入回念读此那该这你他她它兼"
)
"""Characters that end a name when walking back from its suffix: 与区人民检察院 → 区人民检察院."""

ADVERBS = _words("""
目前 当前 现在 如今 此前 日前 近日 今天 昨天 明天 今日 昨日 上午 下午 晚上 今年 去年 明年 当年 那年 同时 已经 正在 还是 也是 就是 主要 重点 首先 其次
最后 分别 共同 积极 全面 深入 大力 不断 进一步 特别 尤其 包括 例如 比如
必须 才能 可以 能够 应该 需要 一定 可能 不能 将会 要求 希望
虽然 但是 因为 所以 如果 而且 并且 然而 不过 于是 因此 即使 尽管 只要 除了 无论 不管 随后 然后 此外 另外 甚至 立刻 马上
""")
"""Adverbs, conjunctions and time words after which a name may begin (目前赤坎古镇…, 虽然|集团)."""

VERBS = _words("""
参与 参加 担任 负责 提供 开展 举办 举行 完成 实现 获得 进入 加入 通过 成为 受到 达到 提出 发布
发放 发生 出现 包括 涉及 覆盖 分布 来自 位于 聚集 落户 落地 签约 签署 入驻 获批 获评 申报 建成
建立 设立 成立 启动 投入 投资 开工 竣工 推出 上线 接受 接待 接入 参观 访问 出席 组成 分别 同时
全部 总计 合计 累计 相继 陆续 先后 已经 正在 持续 连续 超过 左右 以上 以下 之间 以来 当中 其中
实施 开始 进行 支持 帮助 推动 推进 带动 形成 打造 建设 发挥 加强 促进 服务 指导 开设 组建 召开
拥有 使得 抓好 搞好 办好 建好 管好 突出 完善 推行 耽误
申请 准备 开放 考上 考入 就读 毕业 任职 任教 攻读 回到 离开 转到 委托 印发 出台 贯彻 落实 深化 坚持 围绕 依托 借助 引导 吸引 邀请 携手 联手 牵头 配合 协调
主办 承办 协办 设在 入选 评为 荣获 获颁 授予 认定 命名 挂牌 揭牌 签订 达成 走进 来到 前往
导入 入库 捐资 捐款 捐赠 报名 注册 上市 受益 走访 入围 参展 参赛 参会 到场 应邀 响应 认领 结对
对接 投产 复工 复产 迁入 引进 返乡 回国 入境 出境 确诊 受伤 遇难 获救 失踪 使用 采用 购买 出售
考察 视察 会见 接见 会晤 看望 慰问 听取 致电 致函 哀悼
主持 采取 增加 具备 借鉴 扶持 筹划 筹建 伙同 交付 显示 表明
到任 上任 就任 继任 留任 升任 改任 连任 赴任 卸任 离任
高达 多达 约为 巩固 创建 创办 创立 抵达 到达 移送 传唤 霸占 占领 占据 包围 攻占 进驻 闯入 冲进 冲入 闯进 控告 起诉 状告 掌掴
透露 披露 泄露 呼吁 提醒 警告 告诫 宣布 批评 称赞 质疑 追问 询问 查询 报称 声称 证实 拨打 送往 送到 送至 转往 转送
送抵 驻守 监察 调查 透过 补办 延长 处理 联络 加快 拘捕 搜查 动员 调遣 入住 安排 协助 产生 办理
历任 曾任 现任 增资 发现 代理 调任 出任 转任 接任 兼任
鼓励 设有 说明 衡量 翻查 联系 解决 补发 运抵 登上 隶属 量测 侦测 跳槽 探访 到访 拜访 退出 入读 就职 供职
""")
"""Frequent verbs of news prose: a name or a counted noun does not run across one."""

ACTS = _words("殴打 袭击 抗议 指控 谴责 声援 投诉 举报 检举")
"""Verbs that are also nouns a count counts (3000条投诉, 多起袭击): they end the walk back to a
body's start (投诉消委会), but not a counted noun, so they are kept out of ``VERBS``."""
