/**
 * The general words that name a project's stage (GUIDELINES of status, tests/fixtures/annotations/
 * status/GUIDELINES.md), and the few function words the status grammar reads around them. Words
 * of Chinese administrative prose, never names: a new document needs no new entry here.
 */
import type { Stage } from '../model/status.ts';

/**
 * Where a stage word can stand. `verb`: before its object (建成太焦高铁) or after its subject
 * (太焦高铁建成); `after`: only after the name (…通车, …前期工作, …投入使用).
 */
export type CuePosition = 'verb' | 'after';

/**
 * What a stage word does. `stage`: names a stage by itself (开工建设, 建成, 续建). `plain`: plain
 * construction (建设, 新建, 改扩建), which names a stage only when nothing else does (planned):
 * 完成…改扩建 is completed. `light`: an
 * aspect verb (推进, 加快, 完成, 启动) that names its own stage only when no stage phrase follows
 * the name: 推进…开工建设 is started, 推进…前期工作 planned, 推进…建设 underway. `light` words
 * with a null stage (抓好, 做好, 确保) name none of their own.
 */
export type CueRole = 'stage' | 'plain' | 'light';

export interface StageWord {
  stage: Stage | null;
  role: CueRole;
  position: CuePosition;
  /**
   * For parks and enterprises, which count only where the passage builds or runs them: false for
   * words that attract, support or plan (引进, 招商, 争取, 支持) rather than build.
   */
  builds: boolean;
  /** What may not follow the word for it to be this word (建成|区, 实施|方案, 规划|纲要). */
  notBefore?: readonly string[];
}

const word = (stage: Stage | null, role: CueRole, position: CuePosition = 'verb', builds = true, notBefore?: readonly string[]): StageWord => ({
  stage,
  role,
  position,
  builds,
  ...(notBefore ? { notBefore } : {}),
});

const NOUN_AFTER_BUILD = ['工程', '项目', '性', '者', '用地', '单位', '资金', '规模', '标准', '成效', '任务', '进度', '条件', '领域', '水平', '模式'];

/** Stage words, by the stage they name. The grammar tries the longest word first at each place. */
export const STAGE_WORDS: Readonly<Record<string, StageWord>> = {
  // planned: plans, preliminary work, attracting, and plain construction of a plan's list
  谋划: word('planned', 'stage'),
  谋划建设: word('planned', 'stage'),
  规划建设: word('planned', 'stage'),
  规划: word('planned', 'stage', 'verb', true, ['纲要', '区', '编制', '体系', '引领', '管理', '设计', '布局', '和', '、', '的', '建设用地']),
  争取: word('planned', 'light', 'verb', false),
  争取立项: word('planned', 'stage', 'verb', false),
  立项: word('planned', 'stage'),
  储备: word('planned', 'stage', 'verb', false, ['库', '制度', '体系', '能力', '基地', '中心']),
  前期: word('planned', 'stage', 'after', true, ['费', '资金']),
  前期工作: word('planned', 'stage', 'after'),
  前期研究: word('planned', 'stage', 'after'),
  // 具备开工条件: ready to start, not started yet
  开工条件: word('planned', 'stage', 'after'),
  开展前期: word('planned', 'stage'),
  力争纳入: word('planned', 'stage', 'verb', false),
  论证: word('planned', 'stage', 'after'),
  招商: word('planned', 'stage', 'verb', false, ['引资', '机制', '平台', '体系']),
  引进: word('planned', 'stage', 'verb', false, ['人才', '技术', '资金', '外资']),
  申报: word('planned', 'stage', 'verb', false),
  筹建: word('planned', 'stage'),
  拟建: word('planned', 'stage'),
  建设: word('planned', 'plain', 'verb', true, NOUN_AFTER_BUILD),
  新建: word('planned', 'plain', 'verb', true, ['项目']),
  兴建: word('planned', 'plain'),
  新改建: word('planned', 'plain'),
  增设: word('planned', 'plain'),
  修建: word('planned', 'plain'),
  扩建: word('planned', 'plain'),
  改扩建: word('planned', 'plain'),
  改建: word('planned', 'plain'),
  配套建设: word('planned', 'plain'),
  实施: word('planned', 'light', 'verb', true, ['方案', '意见', '细则', '办法', '计划', '主体', '范围']),
  开展: word('planned', 'light'),
  打造: word('planned', 'stage'),
  开发: word('planned', 'stage', 'verb', true, ['区', '利用', '性', '者', '商', '银行', '强度', '模式', '格局', '保护', '和', '、', '的', '与', '建设', '新', '成果', '能力', '水平', '潜力', '力度']),
  布局: word('planned', 'stage', 'verb', true, ['优化', '合理', '调整', '结构', '规划']),
  // started
  开工: word('started', 'stage', 'verb', true, ['率']),
  新开工: word('started', 'stage'),
  开工建设: word('started', 'stage'),
  启动: word('started', 'light'),
  启动建设: word('started', 'stage'),
  开建: word('started', 'stage'),
  动工: word('started', 'stage'),
  奠基: word('started', 'stage'),
  // underway
  推进: word('underway', 'light', 'verb', false),
  推动: word('underway', 'light', 'verb', false),
  加快: word('underway', 'light', 'verb', false),
  加快推进: word('underway', 'light', 'verb', false),
  加速推进: word('underway', 'light', 'verb', false),
  扎实推进: word('underway', 'light', 'verb', false),
  持续推进: word('underway', 'light', 'verb', false),
  // 继续 (配合, 实施, 推进): the work goes on
  继续: word('underway', 'light', 'verb', false),
  加快建设: word('underway', 'stage'),
  加紧建设: word('underway', 'stage'),
  正在建设: word('underway', 'stage'),
  在建: word('underway', 'stage'),
  续建: word('underway', 'stage'),
  建设中: word('underway', 'stage', 'after'),
  进展顺利: word('underway', 'stage', 'after'),
  扫尾: word('underway', 'stage', 'after'),
  扫尾阶段: word('underway', 'stage', 'after'),
  // progress under way, not finished (…建设取得突破性进展, …初具成效)
  取得进展: word('underway', 'stage', 'after'),
  取得突破性进展: word('underway', 'stage', 'after'),
  取得实质性进展: word('underway', 'stage', 'after'),
  取得重大进展: word('underway', 'stage', 'after'),
  取得积极进展: word('underway', 'stage', 'after'),
  取得明显进展: word('underway', 'stage', 'after'),
  取得阶段性进展: word('underway', 'stage', 'after'),
  取得阶段性成果: word('underway', 'stage', 'after'),
  初具成效: word('underway', 'stage', 'after'),
  初见成效: word('underway', 'stage', 'after'),
  // completed
  建成: word('completed', 'stage', 'verb', true, ['区', '小康', '全面小康', '覆盖', '投用率']),
  竣工: word('completed', 'stage'),
  完工: word('completed', 'stage', 'after'),
  完成: word('completed', 'light', 'verb', true, ['率', '任务', '情况']),
  投产: word('completed', 'stage'),
  达产: word('completed', 'stage', 'after'),
  达效: word('completed', 'stage', 'after'),
  投运: word('completed', 'stage', 'after'),
  投用: word('completed', 'stage', 'after'),
  投入使用: word('completed', 'stage', 'after'),
  投入运营: word('completed', 'stage', 'after'),
  投入运行: word('completed', 'stage', 'after'),
  运营: word('completed', 'stage', 'after', true, ['商', '管理', '模式', '主体', '机制', '服务', '成本']),
  运行: word('completed', 'stage', 'after', true, ['机制', '管理', '监测', '质量', '效率', '模式', '情况']),
  试运行: word('completed', 'stage', 'after'),
  通车: word('completed', 'stage', 'after', true, ['里程']),
  通水: word('completed', 'stage', 'after'),
  并网: word('completed', 'stage'),
  并网发电: word('completed', 'stage', 'after'),
  交付: word('completed', 'stage', 'after'),
  落成: word('completed', 'stage', 'after'),
  开通: word('completed', 'stage', 'verb', true, ['到']),
  开园: word('completed', 'stage', 'after'),
  开馆: word('completed', 'stage', 'after'),
  开业: word('completed', 'stage', 'after'),
  开放: word('completed', 'stage', 'after', true, ['型', '式', '合作', '平台', '水平', '格局', '发展', '的']),
  贯通: word('completed', 'stage', 'after'),
  下线: word('completed', 'stage', 'after'),
};

/** The light verbs without a stage of their own: they pass on the stage of what they govern. */
export const PURE_LIGHT_WORDS: Readonly<Record<string, StageWord>> = {
  抓好: word(null, 'light'),
  做好: word(null, 'light'),
  抓紧: word(null, 'light'),
  确保: word(null, 'light'),
  力争: word(null, 'light', 'verb', false),
  支持: word(null, 'light', 'verb', false),
  配合: word(null, 'light', 'verb', false),
};

/** Words of "not (yet)" that undo a stage word within a few characters before it (尚未开工, 没有建成). */
export const NEGATIONS = ['尚未', '未能', '暂未', '没有', '未', '停止', '不能', '无法'] as const;

/**
 * Words that introduce another relation between a stage verb and a name after it: the name is the
 * object of the preposition (以X为龙头, 依托X, 与X合作), not of the verb before it.
 */
export const PREPOSITIONS = ['以', '依托', '围绕', '在', '对', '由', '从', '把', '沿', '通过', '利用', '借助', '结合', '面向', '对接', '向', '于', '跟', '经'] as const;

/**
 * How a name's own tail may start when the name is a modifier of another head rather than the
 * object or subject of a stage (X的配套设施, 以X为龙头, X与Y合作, X发展): the stage is not its.
 */
export const MODIFIER_TAILS = ['的', '之', '为', '作为', '成为', '所', '向', '合作', '发展', '改革', '转型', '周边', '沿线', '一带', '内', '中', '带动', '辐射', '模式'] as const;

/** Words that may stand between a stage phrase's words, or before it, without changing it. */
export const ADVERBS = [
  '并', '和', '及', '与', '、', '全面', '基本', '相继', '顺利', '如期', '按期', '正式', '全部', '全线', '主线', '主体', '已', '已经', '正在', '正', '将', '即将', '准备', '具备',
  '年内', '年底', '年中', '今年', '当年', '明年', '上半年', '下半年', '前', '底', '力争', '确保', '争取', '尽快', '早日', '部分', '加速', '进一步', '全力', '积极', '稳步', '重点',
  '一期', '二期', '三期', '四期', '项目', '工程', '后', '以及',
] as const;

/** Work words of a name's tail that leave it the object of the stage (X改扩建, X二期工程, X项目). */
export const WORK_WORDS = [
  '项目', '工程', '一期', '二期', '三期', '四期', '改扩建', '扩建', '改建', '改造', '提升', '升级', '整治', '修缮', '治理', '新建', '续建', '建设', '主线', '全线', '段', '等', '等等', '境内', '北延', '南延', '东延', '西延',
] as const;
