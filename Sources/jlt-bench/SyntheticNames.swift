/// The words the synthetic manifests are made of: places, school kinds, categories…
enum SyntheticNames {
  static let places = [
    "城东", "城西", "城南", "城北", "东关", "西关", "南郊", "北郊", "新街", "老街", "河口", "桥头",
    "柳林", "杨寨", "马坪", "陈巷", "长岭", "骆店", "蔡河", "郝店", "吴店", "太平", "关庙", "余店",
    "李店", "广水", "十里", "应山", "武胜", "厉山", "高城", "殷店", "草店", "小林", "淮河", "万和",
    "三里岗", "尚市", "唐县", "均川", "万店", "洪山", "安居", "何店", "府河", "洛阳", "环潭", "新城",
  ]
  static let kinds = ["小学", "中学", "中心学校", "初级中学", "实验小学", "九年一贯制学校"]
  static let categories = ["足球", "书法", "科技", "编钟", "剪纸", "篮球", "合唱", "国学", "围棋", "武术"]
  static let courses = ["编钟乐舞", "炎帝文化", "银杏研学", "剪纸艺术", "校园足球", "科技创客", "书法入门"]
  static let media = ["随州日报", "湖北日报", "中国教育报", "楚天都市报", "随州广播电视台"]
  static let subjects = ["体育", "音乐", "美术", "信息技术", "心理健康", "生命安全"]
  static let forms = ["教师交流", "跨校兼课", "师徒结对", "一对一帮扶"]
  static let tags = ["城区", "农村", "薄弱", "新建"]
  static let terms = ["第一", "第二"]
  static let activities = [
    ("lesson_talk", "说课比赛"), ("quality_lesson", "优质课竞赛"), ("basic_skills", "教学基本功展示"),
    ("homework_design", "作业设计大赛"),
  ]
  static let counted = [
    ("C16", "教师论文、教学获奖及评优评先"), ("C17", "交流干部受表彰"), ("C18", "学校综合和单项荣誉"), ("C19", "学生获奖"),
  ]
}
