import type { Language } from '../../protocol/index.ts';

/** What people say in the generated traffic, in both languages. Text only, no logic. */
type ByLang<T> = Record<Language, T>;

/** The demo shop's departments (the knowledge base's `department` ids), as a desk names them. */
export const DEPARTMENT_NAMES: Record<string, { zh: string; en: string }> = {
  orders: { zh: '订单服务', en: 'Orders' },
  shipping: { zh: '物流配送', en: 'Shipping' },
  returns: { zh: '退换货', en: 'Returns' },
  payment: { zh: '支付结算', en: 'Payment' },
  invoices: { zh: '发票', en: 'Invoices' },
  account: { zh: '账户安全', en: 'Account' },
  membership: { zh: '会员服务', en: 'Membership' },
  'after-sales': { zh: '售后维修', en: 'After-sales' },
};

/** The agents: name, e-mail local part, and the departments each one works. */
export const AGENTS: { name: string; login: string; departments: string[] }[] = [
  { name: '王芳', login: 'wang.fang', departments: ['orders', 'shipping', 'general'] },
  { name: '李娜', login: 'li.na', departments: ['returns', 'after-sales'] },
  { name: '张伟', login: 'zhang.wei', departments: ['payment', 'invoices', 'general'] },
  { name: '刘洋', login: 'liu.yang', departments: ['shipping', 'returns'] },
  { name: '陈静', login: 'chen.jing', departments: ['account', 'membership', 'general'] },
  { name: '杨帆', login: 'yang.fan', departments: ['orders', 'payment'] },
  { name: '赵磊', login: 'zhao.lei', departments: ['after-sales', 'returns', 'orders'] },
  { name: 'Emily Chen', login: 'emily.chen', departments: ['general', 'orders', 'membership'] },
  { name: '周敏', login: 'zhou.min', departments: ['invoices', 'account', 'shipping'] },
];

/** What a visitor types to ask for a person. */
export const HANDOFF_WORDS: ByLang<string[]> = {
  'zh-CN': ['人工', '转人工', '人工客服', '找客服', '我要人工'],
  en: ['human', 'agent', 'talk to a person', 'real person'],
};

/** Questions the demo knowledge base does not answer. */
export const UNKNOWN_QUESTIONS: ByLang<string[]> = {
  'zh-CN': [
    '你们有实体店吗',
    '可以货到付款吗',
    '能不能帮我改一下收货人名字',
    '商品能刻字吗',
    '你们招代理吗',
    '可以寄到香港吗',
    '包装能不能不要写商品名',
    '能开专票给个人吗',
    '下单送的赠品没收到',
    '直播间的优惠券怎么用不了',
    '可以预约周末送货吗',
    '你们的仓库在哪里',
    '两个订单能合并发货吗',
    '价格保护怎么申请',
    '为什么我的账号不能评价',
  ],
  en: [
    'do you have a physical store',
    'can I pay cash on delivery',
    'can you engrave the product',
    'do you ship to Hong Kong',
    'can two orders ship together',
    'is there a price match guarantee',
    'where is your warehouse',
    'my free gift was missing',
  ],
};

/** Per department: what a visitor says to the agent, and what the agent answers. */
export const CHAT_LINES: Record<string, ByLang<{ visitor: string[]; agent: string[] }>> = {
  orders: {
    'zh-CN': {
      visitor: ['订单一直显示待发货', '订单号我发给您', '能帮我加急处理吗', '我下错单了怎么办'],
      agent: ['我帮您查一下订单', '您的订单已经在拣货了', '已为您备注加急', '可以先取消再重新下单'],
    },
    en: {
      visitor: [
        'my order still says awaiting shipment',
        'here is my order number',
        'can you rush it',
      ],
      agent: ["I'll check your order", 'your order is being packed', 'I have flagged it as urgent'],
    },
  },
  shipping: {
    'zh-CN': {
      visitor: ['快递三天没更新了', '能改收货地址吗', '快递员说找不到地址', '物流信息查不到'],
      agent: ['我联系快递公司核实一下', '地址已经帮您修改', '已催促快递员联系您', '物流单号已补录'],
    },
    en: {
      visitor: ['tracking has not moved for three days', 'can I change the delivery address'],
      agent: [
        'I will contact the courier',
        'the address has been updated',
        'the courier will call you',
      ],
    },
  },
  returns: {
    'zh-CN': {
      visitor: ['衣服尺码不合适想换货', '退货寄回去了什么时候退款', '商品有破损', '退货运费谁出'],
      agent: [
        '已为您申请换货',
        '仓库签收后 1–3 个工作日退款',
        '麻烦拍一下破损照片',
        '质量问题运费由我们承担',
      ],
    },
    en: {
      visitor: [
        'the size is wrong, I want an exchange',
        'when will I get my refund',
        'the item arrived damaged',
      ],
      agent: [
        'I have started the exchange',
        'refunds take 1–3 working days',
        'please send a photo of the damage',
      ],
    },
  },
  payment: {
    'zh-CN': {
      visitor: ['付款失败了但是扣钱了', '可以分期吗', '优惠券没有抵扣', '支付宝付不了'],
      agent: [
        '扣款会在 24 小时内自动退回',
        '支持花呗分期',
        '我帮您补发一张优惠券',
        '请换一个浏览器再试一下',
      ],
    },
    en: {
      visitor: [
        'payment failed but I was charged',
        'can I pay in instalments',
        'my coupon did not apply',
      ],
      agent: [
        'the charge is reversed within 24 hours',
        'instalments are available at checkout',
        'I will reissue the coupon',
      ],
    },
  },
  invoices: {
    'zh-CN': {
      visitor: ['发票抬头写错了', '怎么开公司发票', '电子发票在哪里下载', '发票能重开吗'],
      agent: ['可以为您重开发票', '请提供公司税号', '在订单详情里下载', '已提交重开申请'],
    },
    en: {
      visitor: [
        'the invoice has the wrong name',
        'how do I get a company invoice',
        'where do I download the invoice',
      ],
      agent: [
        'I can reissue the invoice',
        'please send your tax number',
        'it is in the order details',
      ],
    },
  },
  account: {
    'zh-CN': {
      visitor: ['手机号换了登录不了', '账号被锁定了', '收不到验证码', '想注销账号'],
      agent: ['我帮您核实一下身份', '账号已经解锁', '请检查短信拦截', '注销需要先处理完订单'],
    },
    en: {
      visitor: [
        'I changed my phone number and cannot sign in',
        'my account is locked',
        'no verification code arrives',
      ],
      agent: [
        'let me verify your identity',
        'your account is unlocked',
        'please check your spam folder',
      ],
    },
  },
  membership: {
    'zh-CN': {
      visitor: ['会员积分没到账', '会员怎么续费', '积分快过期了', '会员折扣没生效'],
      agent: [
        '积分会在确认收货后到账',
        '在会员中心可以续费',
        '积分有效期到年底',
        '我帮您手动补差价',
      ],
    },
    en: {
      visitor: [
        'my points are missing',
        'how do I renew my membership',
        'my member discount did not apply',
      ],
      agent: [
        'points arrive after delivery',
        'you can renew in the member centre',
        'I will refund the difference',
      ],
    },
  },
  'after-sales': {
    'zh-CN': {
      visitor: ['耳机一边没声音', '保修期多久', '能上门维修吗', '维修进度怎么查'],
      agent: ['可以申请保修检测', '整机保修一年', '您所在的城市支持上门', '维修单号已发到您手机'],
    },
    en: {
      visitor: [
        'one side of the headphones is silent',
        'how long is the warranty',
        'can someone repair it at home',
      ],
      agent: [
        'you can send it in for a warranty check',
        'the warranty is one year',
        'home repair is available in your city',
      ],
    },
  },
};

/** How agents open and end their part. */
export const AGENT_OPENING: ByLang<(name: string) => string> = {
  'zh-CN': (name) => `您好，我是客服${name}，请问有什么可以帮您？`,
  en: (name) => `Hello, this is ${name}. How can I help you?`,
};
export const AGENT_CLOSING: ByLang<string[]> = {
  'zh-CN': ['请问还有什么可以帮到您？', '感谢您的咨询，祝您生活愉快！'],
  en: ['Is there anything else I can help with?', 'Thanks for contacting us, have a nice day!'],
};
export const VISITOR_THANKS: ByLang<string[]> = {
  'zh-CN': ['好的，谢谢', '明白了', '没有了，谢谢', '好的'],
  en: ['ok thanks', 'got it', 'that is all, thank you'],
};

/** The one-line summaries agents write when closing. */
export const SUMMARIES: ByLang<string[]> = {
  'zh-CN': [
    '已解答客户问题',
    '已为客户查询并说明',
    '已提交工单跟进',
    '客户问题已处理完毕',
    '已安抚客户情绪并记录',
  ],
  en: [
    'Answered the question',
    'Checked and explained',
    'Ticket raised to follow up',
    'Issue resolved',
  ],
};

export const TAGS: Record<string, string[]> = {
  orders: ['催单', '改单', '取消订单'],
  shipping: ['物流延迟', '改地址', '丢件'],
  returns: ['换货', '退款', '破损'],
  payment: ['扣款异常', '分期', '优惠券'],
  invoices: ['开票', '重开发票'],
  account: ['登录问题', '账号安全'],
  membership: ['积分', '会员权益'],
  'after-sales': ['保修', '维修进度'],
  general: ['其他'],
};
export const COMMON_TAGS = ['VIP', '加急', '重复咨询'];

export const RATING_COMMENTS: ByLang<{ happy: string[]; unhappy: string[] }> = {
  'zh-CN': {
    happy: ['客服很耐心', '解决得很快，点赞', '服务态度好', '很专业，谢谢'],
    unhappy: ['等了很久没人回复', '问题没有解决', '客服态度不好', '答非所问', '一直让我等'],
  },
  en: {
    happy: ['very helpful, thanks', 'quick and friendly', 'great service'],
    unhappy: ['waited too long', 'my problem is not solved', 'the agent did not understand me'],
  },
};

/** The pages of the demo shop a visitor writes from. */
export const PAGES = [
  { url: 'https://shop.example.com/', title: '首页' },
  { url: 'https://shop.example.com/orders', title: '我的订单' },
  { url: 'https://shop.example.com/cart', title: '购物车' },
  { url: 'https://shop.example.com/products/wireless-earbuds', title: '无线耳机' },
  { url: 'https://shop.example.com/products/down-jacket', title: '羽绒服' },
  { url: 'https://shop.example.com/help/returns', title: '退换货政策' },
  { url: 'https://shop.example.com/member', title: '会员中心' },
];

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];
export const REFERRERS = [
  null,
  null,
  'https://www.baidu.com/',
  'https://www.google.com/',
  'https://weibo.com/',
];

export const LEFT_MESSAGE_NAMES: ByLang<string[]> = {
  'zh-CN': ['王先生', '李女士', '张小姐', '刘先生', '陈女士'],
  en: ['Alex', 'Sam Lee', 'Jordan', 'Maria'],
};
