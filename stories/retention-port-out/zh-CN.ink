# id: retention-port-out
# title: 挽留正在携号转网的老客户
# channel: retention
# product: 5G+千兆家庭融合套餐续约挽留优惠
# difficulty: 3
# time-limit: 600
# persona: 陈先生
# persona-age: 54
# persona-role: 在家办公的会计师事务所负责人
# persona-style: driver
# persona-tier: high
# goal: 弄清陈先生要走的原因，按步骤诚实地处理信号和价格异议，让他放弃携号转网并接受挽留优惠
# brief: 在网 11 年的高价值客户：主号加两张家庭副卡，分别是妻子和 79 岁的母亲
# brief: 套餐：5G+千兆家庭融合套餐，月费 229 元；近三个月账单 268、271、266 元
# brief: 携号转网预警：昨晚 21:40 通过短信申请了携号转网授权码
# brief: 近 60 天两次投诉：家中室内通话掉线，两次均以“网络优化中”结单
# brief: 网络：覆盖其小区的基站已排期 14 天内优化；他的手机支持 Wi-Fi 通话，但尚未开通
# brief: 可享挽留优惠：同一套餐 12 个月每月 189 元，另加 30GB 共享流量，赠送一台 Wi-Fi 组网子路由
# brief: 政策：有未结覆盖工单的客户，如工单 30 天内未解决，挽留优惠的 12 个月期限可以免除
# need: home-office, 在家中书房接听客户电话，而掉线恰恰发生在书房
# need: elderly-parent, 家庭套餐里 79 岁的母亲在家必须随时联系得上
# need: bill-transparency, 不明白为什么每月账单比套餐价多出约 40 元
# objection: unstable-signal, coverage, 家里信号不稳定，通话经常掉线
# objection: price, price, 另一家运营商同类套餐只要 199 元，而他每月要付 268 元
INCLUDE ../_lib/customer.ink
VAR fix_offered = false
VAR signal_fixed = false
VAR price_ok = false
VAR guaranteed = false
VAR trial_offered = false
VAR rushed = false

~ trust = 30
~ patience = 40
~ interest = 20

周二 18:05。昨晚系统对陈先生的号码发出了携号转网预警。你拨通了他的主号。 # speaker: narrator
我是老陈。哪位？
-> opening

=== opening ===
* [先热情感谢他在网十一年的支持，还没说自己是谁、为什么打来 #technique: opener-please #fault: skip-identity-check #tip: 感谢老客户是好的切入点，但要先自报家门并确认对方身份]
  ~ shift(patience, -10)
  ~ shift(trust, 5)
  十一年，是啊。你是哪位？哦，电信公司的。那就是为我要走的事了。直接说重点。
  -> vent
* [问候，报出公司、VIP 客户服务团队和自己的名字，说明本次通话免费，确认对方是陈先生，并请他给两分钟谈谈携号转网的申请 #opening: +1 #technique: opener-standard #tip: 标准开场白：问候、公司、部门、姓名、免费通话、确认身份、请示能否继续]
  ~ shift(trust, 5)
  是我。给你两分钟。要是打来劝我别走的，你们来得有点晚了。
  -> vent
* [先说不好意思打扰了，再问他有没有几分钟听听本月的优惠活动 #fault: forbidden-opener #tip: 道歉式开场再加推销优惠，属于开场白禁用语，也完全没提他今天为什么重要]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  优惠活动。这种电话我一周接三个。反正我都要转网了，所以……
  -> rescue

=== rescue ===
* [礼貌地接过话头：你是 VIP 客户挽留团队的，打来是为了他的携号转网申请，不是推销 #opening: +1 #tip: 马上说出来电的真正原因，还能挽回一个糟糕的开头]
  给你三十秒。
  -> vent
* [接着介绍本月的优惠活动 #fault: pressure #tip: 他已经拒绝了，继续推销只会让他挂电话]
  ~ shift(patience, -20)
  我说了不要。 # outcome: hang-up
  -> END

=== vent ===
在你们这儿十一年了。每个月两百六十多块。结果在我自己家里，电话说断就断。我投诉了两次，两次都是一句“网络优化中”就结单了。 # raises: unstable-signal
那边同样的东西只要 199。你说说，我凭什么留下？ # raises: price
* [告诉他我们的网络在全市最新的路测里排第一，问题多半出在他家附近 #fault: argue #tip: 拿全市数据来反驳，等于告诉他亲身经历是错的；不要和客户的真实体验争辩]
  ~ shift(trust, -15)
  ~ shift(patience, -15)
  恭喜你们。可全市又不是我家。
  -> share
* [告诉他只要留下，马上就能在账单上给他优惠一大笔 #fault: ignore-objection #tip: 他先说的是掉线；用折扣来回应，是绕开了他提出的第一个异议]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  我刚才说什么你听见了吗？我的电话掉线。钱是其次。
  -> share
* [让他把话说完，再请他讲讲家里打电话时具体是什么情况 #technique: lscpa-listen #tip: LSCPA 第一步是倾听：先让客户把异议完整说出来，再作回应]
  ~ shift(patience, 5)
  ~ shift(trust, 5)
  什么情况？我话说到一半，线就断了。上周就两次。然后我只好跑到厨房，用我老婆的手机打回去，跟个傻子似的。
  -> share

=== share ===
{patience <= 10: -> hang_up}
* [坦白承认：十一年的老客户，在家打电话掉线，两次工单都没解决就结单，这确实说不过去，他有理由生气 #technique: lscpa-share #tip: 分担：先说出客户的感受、承认问题，再解释别的]
  ~ shift(trust, 10)
  嗯。总算有人肯认了。
  -> clarify
* [说给他带来的不便深表歉意，他的满意对我们非常重要 #objections: -1 #tip: 套话式的道歉听起来像念稿，支配型客户会觉得你在拖延]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  别跟我念稿子。
  -> clarify
* [请他先撤回携号转网申请，并保证之后网络部门会来看信号 #close: close-direct #tip: 问题还没解决、也没有任何购买信号时就要求决定，属于过早促成]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  先撤回，你们以后再看？我就是这么走到今天这一步的。
  -> clarify

=== clarify ===
{patience <= 10: -> hang_up}
* [问他有没有试过在家重启手机，或者把 5G 关掉 #objections: -2 #tip: 两次工单都结了之后还问这种一线排障问题，等于告诉他没人看过他的记录]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  我又不是小孩。你们的工程师都来弄过两回了。先看看记录吧。
  -> implication
* [问清楚具体在哪里、什么时候掉线：哪个房间，是通话还是上网，从什么时候开始 #technique: lscpa-clarify #tip: 澄清：真实原因决定解决办法，所以要问清地点、业务和时间]
  ~ shift(trust, 5)
  书房，在屋子后面，朝北。主要是打电话，上网还行。从今年春天开始的。书房就是我办公的地方，我在家开事务所三年了，客户都往那儿打电话。 # reveals: home-office
  -> implication

=== implication ===
{patience <= 10: -> hang_up}
// A driver who has lost patience refuses more questions: early mistakes cost the discovery that follows.
{patience <= 25:
  问够了吧。我要的是解决，不是问卷调查。
  -> present_fix
}
* [问他一个掉线的电话，在工作上和家里实际会给他带来什么影响 #technique: spin-implication #tip: 暗示问题：让客户自己估量问题有多大；问题越大，真正的解决方案就越有价值]
  ~ shift(interest, 5)
  影响？上个月有个客户在谈税务纠纷的时候，以为我故意挂他电话。我请他吃了顿饭才摆平。
  而且不光是工作。我妈跟我们住，七十九了，她的房间也在后面。去年冬天她摔过一跤。万一她给我打电话打不通…… # reveals: elderly-parent
  -> present_fix
* [他赶时间，就不再提问，直接说你能为信号做什么 #tip: 尊重支配型客户的时间没错，但再问一个问题，就能知道对他真正要紧的是什么]
  ~ shift(patience, 5)
  -> present_fix

=== present_fix ===
{patience <= 10: -> hang_up}
那你们打算怎么办？总得有点前两次没有的东西吧。
* [给他 50 元话费补偿，弥补掉线带来的不便 #fault: ignore-objection #tip: 只给补偿不解决问题，回答的是他没问的问题]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  五十块钱也不能让我书房里的电话响起来。
  -> price_talk
* [把事实摆出来：覆盖他小区的基站已排期 14 天内优化；今晚就能开通走千兆宽带的 Wi-Fi 通话；再免费送一台组网子路由，把 Wi-Fi 信号带进书房 #technique: lscpa-present #technique: coverage-evidence #tip: 陈述：用有记录的基站优化、可测量的改善和今晚就能生效的办法，回应掉线的原因]
  ~ fix_offered = true
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Wi-Fi 通话？从来没人跟我提过。就是说电话走我家宽带，今晚就能用？ # signal: verbal
  -> guarantee
* [答应把问题作为紧急工单升级给网络部门，让他们给他回电话 #tip: 又一次没有具体内容的升级，正是他前两次工单得到的待遇]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  前两个人也是这么说的。
  -> price_talk

=== guarantee ===
{patience <= 10: -> hang_up}
那基站优化完，书房的信号就稳了？你能保证吗？
* [实话实说：Wi-Fi 通话今晚就能用；基站优化后室内信号应该会明显改善，但不能保证每个角落都满格，所以优化后会派工程师到书房实测 #technique: honest-answer #conduct: +1 #tip: 坦诚说明做不到的地方，你其他的承诺才可信]
  ~ shift(trust, 10)
  总算有句实话。难得。
  -> confirm_fix
* [向他保证下周起家里每个房间都是满格信号 #fault: false-promise #tip: 谁也不能保证每个房间的室内信号；正是说话不算数才让他走到携号转网这一步]
  ~ guaranteed = true
  ~ shift(interest, 5)
  你保证的啊。好，我记住了。
  -> confirm_fix

=== confirm_fix ===
{patience <= 10: -> hang_up}
* [信号的事算是说清楚了，直接转到价格 #tip: 你没有确认他是否满意；客户没点头的异议，不算处理完]
  走着瞧吧。
  -> price_talk
* [问他：今晚开通 Wi-Fi 通话，基站优化后再由工程师实测，这样能不能解决书房掉线的问题 #technique: lscpa-ask #tip: 要求：确认客户满意后再往下走；他说“行”，这个异议才算关闭]
  ~ signal_fixed = true
  ~ shift(trust, 5)
  {guaranteed: 要真像你保证的那样，行。|只要电话不再掉线，行。我要的从来就只有这个。} # resolved: unstable-signal # signal: emotional
  -> price_talk

=== price_talk ===
{patience <= 10: -> hang_up}
// With trust this low he has stopped listening and made up his mind.
{trust <= 15: -> port_out}
{signal_fixed: 好。现在说钱。|算了。说钱吧。}每个月两百六十八，人家只要 199。
* [告诉他 199 只是引流价，半年后就涨，而且他们的网络更差 #fault: badmouth-competitor #tip: 贬低竞争对手显得心虚；要展示的是自己的价值]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  谁都这么说别人。你就说价格上你能怎么办。
  -> offer
* [帮他算一笔账：三张卡 268 元，一天还不到 9 块钱 #technique: price-daily-split #objections: -2 #tip: 把价格拆到每天，适合客户觉得总价太高的时候；对手每天也更便宜时，这招不管用]
  ~ shift(patience, -10)
  别跟我玩算术游戏。按天算，人家也更便宜。你到底能给什么？
  -> offer
* [表示理解：谁也不愿意多花 70 块却用得更糟，换了你也会比较；然后问他，对他来说哪个更重要，是最低的价格，还是一条客户和家人都能打通的线路 #technique: objection-empathy #technique: reverse-question #tip: 先同理，再用反问把价格异议转化为背后的需求]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  真要选的话，当然是电话能打通。可我也不会多花钱买同样的烂摊子。
  -> bill

=== bill ===
{patience <= 10: -> hang_up}
* [直接介绍挽留优惠 #tip: 他的账单比套餐价高出 40 元；不问原因，就错过了他没说出口的需求]
  你说吧。
  -> offer
* [指出他的套餐是 229 元，可账单每月都在 268 元左右，问他想不想看看差额是怎么来的 #technique: spin-problem #tip: 难点问题：套餐价和账单之间的差额，是他还没说出口的不满]
  ~ shift(trust, 5)
  你说。那张账单我从来没看懂过，每个月一个数。 # reveals: bill-transparency
  你逐项念给他听：一个免费试用一个月后自动续费的视频会员，15 元；他母亲的副卡最近三个月每月都自动加了一个 20 元的流量包；来电显示，4 元。 # speaker: narrator
  一个没人看的视频会员，每月十五块。我说的就是这个。
  -> offer

=== offer ===
{patience <= 10: -> hang_up}
{trust <= 20: -> port_out}
* [提醒他转网就会失去十一年的积分，宽带还要付提前解约费，所以走了也未必便宜 #fault: pressure #tip: 拿损失来吓唬客户就是施压；挽留靠的是价值，不是惩罚]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  现在开始威胁我了。
  -> port_out
* [提出只要他留下，一次性赠送 100 元话费 #tip: 一次性赠送解决不了每月的差价，价格异议依然存在]
  ~ shift(trust, -5)
  一次一百，然后每个月还是 268？
  -> port_out
* [介绍老客户挽留优惠：同一套餐 12 个月每月 189 元；加 30GB 共享流量，母亲的副卡不再自动加流量包；取消没用的视频会员；免费送一台组网子路由放书房；每月账单一个固定数 #technique: retention-offer #technique: fabe #tip: 用 FABE 介绍挽留优惠：每个特点都对应他说过的需求，并用数字证明]
  ~ price_ok = true
  ~ shift(trust, 5)
  ~ shift(interest, 15)
  189。比他们的 199 还便宜，号码和宽带也都不用动。 # resolved: price
  我妈那张卡也包括在里面？那个路由器不要钱？ # signal: verbal
  -> close

=== close ===
{patience <= 10: -> hang_up}
你向他确认：三张卡都包括在内，组网子路由免费。 # speaker: narrator
* [提议先试用：今晚开通 Wi-Fi 通话，今天起享受挽留价，基站优化后工程师上门实测；如果 30 天后书房还掉线，12 个月期限免除，他随时可以走 #close: close-trial #tip: 少量试用法：降低客户说“好”的风险，正是课程针对信号疑虑建议的做法]
  ~ trial_offered = true
  -> decide_trial
* [问他挽留价是从今天开始，还是从下个月一号开始 #close: close-either-or #tip: 二选一法：两个答案都是“同意”]
  -> decide
* [告诉他这个挽留优惠只有这通电话里决定才有效 #close: close-urgency #fault: pressure #tip: 编造的期限就是施压；只有真实的期限才能用危机促成]
  ~ shift(trust, -15)
  ~ rushed = true
  别催我。你们的人以前就催过我。
  -> decide

=== decide_trial ===
// The trial answers the signal doubt only if the fix was actually laid out earlier.
{
- price_ok && fix_offered && trust >= 45:
  ~ signal_fixed = true
  三十天，不行我还能走。这样公平。 # resolved: unstable-signal # signal: verbal
  -> verify
- price_ok && trust >= 30:
  -> wait_and_see
- else:
  -> port_out
}

=== decide ===
// Yes needs both objections settled and enough trust; with the price settled but the signal in doubt he waits for the fix.
{
- price_ok && signal_fixed && trust >= 50:
  {rushed: 行，就今天。但不是因为你说的什么期限。|就今天吧。办了。} # signal: verbal
  {guaranteed: 记住，信号是你保证过的。}
  -> verify
- price_ok && trust >= 30:
  -> wait_and_see
- else:
  -> port_out
}

=== verify ===
那我要做什么，才能把转网这事停下来？
* [请他报一下完整的身份证号和家庭住址，以便核实身份 #fault: privacy-breach #tip: 发一个验证码就能核实身份；在电话里索要身份证号和住址，暴露了不必要的个人信息]
  ~ shift(trust, -10)
  电话里报？这些你们不是早就有了吗。算了。
  -> wrap_sale
* [告诉他你会给这个号码发一个验证码确认变更，其他什么都不需要，他的转网授权码不用就会自动失效 #technique: protect-privacy #tip: 用最少的个人信息核实身份：给本机号码发一个验证码就够了]
  ~ shift(trust, 5)
  收到了。四、七、一、九。
  -> wrap_sale

=== wrap_sale ===
* [感谢他，并确认约定：不转网了，今天起每月 189 元的挽留套餐，今晚开通 Wi-Fi 通话，本周送到组网子路由，基站优化后工程师实测，实测后三天内你会回电；再给他你的 VIP 专线，并为他母亲的副卡设置流量提醒 #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: 致谢、复述每一项约定、说清下次联系的时间，并给高价值客户一个专属渠道]
  好。你记下来，我也会记着。十一年了，头一回有人这么办事。谢谢。 # outcome: sale
  -> END
* [感谢他，告诉他变更会体现在下个月的账单上 #fault: no-next-step #tip: 他的信号问题还没解决；不说工程师什么时候来、什么时候回电，就等于让他自己追着你们]
  ~ shift(trust, -5)
  那信号呢？工程师什么时候来，谁通知我？算了，再掉线我自己打电话。 # outcome: sale
  -> END
* [确认新套餐后，趁他留下顺便介绍新的云游戏包 #technique: confirm-agreement #fault: pressure #tip: 刚挽留下来就接着推销，会让整通电话看起来像个销售套路]
  ~ shift(trust, -10)
  我刚把一个没用的会员从账单上去掉，别再给我加一个。再见。 # outcome: sale
  -> END

=== wait_and_see ===
{patience <= 10: -> hang_up}
{fix_offered: 没亲眼看到效果之前，我什么都不换。|{trial_offered: 基站优化、Wi-Fi 通话，这些我还是头一回听说。|电话还在掉线，我不换。书房里到底会有什么变化，没人跟我说过。}}那边我先不去办。把信号修好，再给我打电话。
* [答应下来并确认：转网先暂停，24 小时内把信号工单号和书面优惠方案短信发给他，基站优化完成后三天内你会回电 #technique: confirm-agreement #technique: follow-up-plan #tip: 客户要先看看，也要有明确的下一步：24 小时内发书面方案，3 天内回电]
  优化完三天内。别让我追着你们。 # outcome: follow-up
  -> END
* [说没问题，之后会有人联系他 #fault: no-next-step #tip: “会有人联系您”正是前两次工单得到的答复]
  有人。好吧。走着瞧。 # outcome: follow-up
  -> END

=== port_out ===
{patience <= 10: -> hang_up}
不用了。我听够了。周六我就去那边办。
* [尊重他的决定，感谢他十一年的支持，告诉他只要号码还在我们这里，信号工单就继续跟进，他改主意随时欢迎回来 #conduct: +1 #follow-up: +1 #tip: 体面地接受失败，才能给以后留一扇门；赢回客户从这里开始]
  行吧。这一点，还是谢谢你。 # outcome: no-sale
  -> END
* [请他再想想离开会失去的所有东西 #fault: pressure #tip: 他已经拒绝了；再推只会让通话以更糟的方式结束]
  ~ shift(patience, -20)
  我说了不用。 # outcome: hang-up
  -> END

=== hang_up ===
够了。我没时间跟你耗。周六我去那边把手续办完。 # outcome: hang-up
-> END
