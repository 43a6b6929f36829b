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
* [陈先生晚上好！先不说别的，我特别想先代表公司谢谢您，十一年来一直这么支持我们。像您这样的老客户，我们一直都特别珍惜。 #technique: opener-please #fault: skip-identity-check #tip: 感谢老客户是好的切入点，但要先自报家门并确认对方身份]
  ~ shift(patience, -10)
  ~ shift(trust, 5)
  十一年，是啊。你是哪位？哦，电信公司的。那就是为我要走的事了。直接说重点。
  -> vent
* [您好，我是电信VIP客户服务中心的小林，本次通话免费。请问是陈先生本人吗？关于您的携号转网申请，能占用您两分钟吗？ #opening: +1 #technique: opener-standard #tip: 标准开场白：问候、公司、部门、姓名、免费通话、确认身份、请示能否继续]
  ~ shift(trust, 5)
  是我。给你两分钟。要是打来劝我别走的，你们来得有点晚了。
  -> vent
* [不好意思打扰您了，请问您现在方便吗？我们这个月有几个特别划算的优惠活动，想占用您几分钟给您介绍一下。 #fault: forbidden-opener #tip: 道歉式开场再加推销优惠，属于开场白禁用语，也完全没提他今天为什么重要]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  优惠活动。这种电话我一周接三个。反正我都要转网了，所以……
  -> rescue

=== rescue ===
* [陈先生，我重新说一下：我是VIP客户挽留团队的小林，今天不是推销，是专门为您的携号转网申请打来的。 #opening: +1 #tip: 马上说出来电的真正原因，还能挽回一个糟糕的开头]
  给你三十秒。
  -> vent
* [就耽误您一分钟！这个月有老客户回馈，送流量包，宽带还能打折，您听我说完就知道到底有多划算了。 #fault: pressure #tip: 他已经拒绝了，继续推销只会让他挂电话]
  ~ shift(patience, -20)
  我说了不要。 # outcome: hang-up
  -> END

=== vent ===
在你们这儿十一年了。每个月两百六十多块。结果在我自己家里，电话说断就断。我投诉了两次，两次都是一句“网络优化中”就结单了。 # raises: unstable-signal
那边同样的东西只要 199。你说说，我凭什么留下？ # raises: price
* [陈先生，我们的网络在全市最新一次路测里是第一名，您家掉线应该是您那边的局部问题。 #fault: argue #tip: 拿全市数据来反驳，等于告诉他亲身经历是错的；不要和客户的真实体验争辩]
  ~ shift(trust, -15)
  ~ shift(patience, -15)
  恭喜你们。可全市又不是我家。
  -> share
* [您只要留下来，我马上就能在账单上给您减一大笔，您先听听我能给您优惠多少。 #fault: ignore-objection #tip: 他先说的是掉线；用折扣来回应，是绕开了他提出的第一个异议]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  我刚才说什么你听见了吗？我的电话掉线。钱是其次。
  -> share
* [您别急，接着说，我都听着呢。您在家打电话掉线的时候，具体是个什么情况？ #technique: lscpa-listen #tip: LSCPA 第一步是倾听：先让客户把异议完整说出来，再作回应]
  ~ shift(patience, 5)
  ~ shift(trust, 5)
  什么情况？我话说到一半，线就断了。上周就两次。然后我只好跑到厨房，用我老婆的手机打回去，跟个傻子似的。
  -> share

=== share ===
{patience <= 10: -> hang_up}
* [在网十一年，在自己家里打电话都掉线，投诉两次都没解决就结单了，这确实说不过去，换了我也会生气。 #technique: lscpa-share #tip: 分担：先说出客户的感受、承认问题，再解释别的]
  ~ shift(trust, 10)
  嗯。总算有人肯认了。
  -> clarify
* [给您带来的不便，我们这边真的深表歉意。您的满意对我们来说非常重要，您反映的问题我们一定会高度重视。 #objections: -1 #tip: 套话式的道歉听起来像念稿，支配型客户会觉得你在拖延]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  别跟我念稿子。
  -> clarify
* [要不您先把携号转网的申请撤回来，信号的事我跟您保证，马上让网络部门的同事去给您好好看看。 #close: close-direct #tip: 问题还没解决、也没有任何购买信号时就要求决定，属于过早促成]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  先撤回，你们以后再看？我就是这么走到今天这一步的。
  -> clarify

=== clarify ===
{patience <= 10: -> hang_up}
* [您有没有试过把手机重启一下，或者在家先把5G关掉？很多时候这样就好了。 #objections: -2 #tip: 两次工单都结了之后还问这种一线排障问题，等于告诉他没人看过他的记录]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  我又不是小孩。你们的工程师都来弄过两回了。先看看记录吧。
  -> implication
* [具体是在哪个房间掉线？是打电话掉，还是上网也不行？大概从什么时候开始的？ #technique: lscpa-clarify #tip: 澄清：真实原因决定解决办法，所以要问清地点、业务和时间]
  ~ shift(trust, 5)
  书房，在屋子后面，朝北。主要是打电话，上网还行。从今年春天开始的。书房就是我办公的地方，我在家开事务所三年了，客户都往那儿打电话。 # reveals: home-office
  -> implication
* [这多半是老套餐的问题。我们新出的5G尊享套餐室内信号强很多，我给您介绍一下？ #fault: premature-pitch #tip: 还不知道在哪儿掉、掉的是什么、从什么时候开始，就推新套餐，这是没了解需求就推销；先澄清原因，原因决定解决办法]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  新套餐。你连在哪儿掉线都不知道。我那两次投诉，到底有没有人看过？
  -> implication

=== implication ===
{patience <= 10: -> hang_up}
// A driver who has lost patience refuses more questions: early mistakes cost the discovery that follows.
{patience <= 25:
  问够了吧。我要的是解决，不是问卷调查。
  -> present_fix
}
* [一个电话打到一半突然断了，对您的工作和家里，实际会有什么影响？ #technique: spin-implication #tip: 暗示问题：让客户自己估量问题有多大；问题越大，真正的解决方案就越有价值]
  ~ shift(interest, 5)
  影响？上个月有个客户在谈税务纠纷的时候，以为我故意挂他电话。我请他吃了顿饭才摆平。
  而且不光是工作。我妈跟我们住，七十九了，她的房间也在后面。去年冬天她摔过一跤。万一她给我打电话打不通…… # reveals: elderly-parent
  -> present_fix
* [我就不多问了，不耽误您时间，直接跟您说信号这件事我们能怎么解决。 #tip: 尊重支配型客户的时间没错，但再问一个问题，就能知道对他真正要紧的是什么]
  ~ shift(patience, 5)
  -> present_fix
* [家里有没有老人或者身体不太好的人，平时主要靠这个号码联系的？ #fault: intrusive-question #tip: 方向是对的，但打听他家人的健康状况属于探听隐私；问掉线给他带来什么影响，想说什么让他自己说]
  ~ shift(trust, -10)
  我家里人身体怎么样，跟你有什么关系？你就说信号怎么办。
  -> present_fix

=== present_fix ===
{patience <= 10: -> hang_up}
那你们打算怎么办？总得有点前两次没有的东西吧。
* [我今天先给您账户充50元话费，算是对这几次掉线的一点补偿，这个问题我也会在您的档案里给网络部门备注清楚。 #fault: ignore-objection #tip: 只给补偿不解决问题，回答的是他没问的问题]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  五十块钱也不能让我家里的电话打得通。
  -> price_talk
* [您小区的基站已经排期，14天内优化；Wi-Fi通话今晚就能开，走家里宽带；再免费送一台子路由，把Wi-Fi带到里屋。 #technique: lscpa-present #technique: coverage-evidence #tip: 陈述：用有记录的基站优化、可测量的改善和今晚就能生效的办法，回应掉线的原因]
  ~ fix_offered = true
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Wi-Fi 通话？从来没人跟我提过。就是说电话走我家宽带，今晚就能用？ # signal: verbal
  -> guarantee
* [我今天亲自给您提一个紧急工单，直接升级到网络部门，指定高级工程师来处理，保证这周之内就一定给您回个电话。 #tip: 又一次没有具体内容的升级，正是他前两次工单得到的待遇]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  前两个人也是这么说的。
  -> price_talk

=== guarantee ===
{patience <= 10: -> hang_up}
那基站优化完，里屋的信号就稳了？你能保证吗？
* [每个角落都满格，这个我不能保证。Wi-Fi通话今晚就能用，基站优化完，我安排工程师到掉线的房间实测。 #technique: honest-answer #conduct: +1 #tip: 坦诚说明做不到的地方，你其他的承诺才可信]
  ~ shift(trust, 10)
  总算有句实话。难得。
  -> confirm_fix
* [这个我可以给您打包票，陈先生。优化完以后您家每个房间都是满格信号，里屋也一样，最晚下周之前肯定就都能好。 #fault: false-promise #tip: 谁也不能保证每个房间的室内信号；正是说话不算数才让他走到携号转网这一步]
  ~ guaranteed = true
  ~ shift(interest, 5)
  你保证的啊。好，我记住了。
  -> confirm_fix
* [我们的工程师都很专业，这个您尽管放心，等基站优化完了，您在家里肯定能感觉到特别明显的变化。 #objections: -1 #tip: 含糊的安慰回避了他的问题；支配型客户要听清楚哪些能改善、哪些不能，以及怎么验证]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  放心？这不叫回答，这叫口号。
  -> confirm_fix

=== confirm_fix ===
{patience <= 10: -> hang_up}
* [好，那信号的事就这么定了。咱们再说说您的账单吧，这方面我应该也能帮上您不少的忙。 #tip: 你没有确认他是否满意；客户没点头的异议，不算处理完]
  走着瞧吧。
  -> price_talk
* [今晚先开通Wi-Fi通话，基站优化完再让工程师上门实测，这样能解决您掉线的问题吗？ #technique: lscpa-ask #tip: 要求：确认客户满意后再往下走；他说“行”，这个异议才算关闭]
  ~ signal_fixed = true
  ~ shift(trust, 5)
  {guaranteed: 要真像你保证的那样，行。|只要电话不再掉线，行。我要的从来就只有这个。} # resolved: unstable-signal # signal: emotional
  -> price_talk

=== price_talk ===
{patience <= 10: -> hang_up}
// With trust this low he has stopped listening and made up his mind.
{trust <= 15: -> port_out}
{signal_fixed: 好。现在说钱。|算了。说钱吧。}每个月两百六十八，人家只要 199。
* [他们那个199其实只是引流价，半年以后就涨了。而且据我所知，他们在您那一片的网络信号比我们差多了。 #fault: badmouth-competitor #tip: 贬低竞争对手显得心虚；要展示的是自己的价值]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  谁都这么说别人。你就说价格上你能怎么办。
  -> offer
* [您这么算：三张卡一个月268，一天还不到9块钱，一家人一天连一杯咖啡钱都不到。 #technique: price-daily-split #objections: -2 #tip: 把价格拆到每天，适合客户觉得总价太高的时候；对手每天也更便宜时，这招不管用]
  ~ shift(patience, -10)
  别跟我玩算术游戏。按天算，人家也更便宜。你到底能给什么？
  -> offer
* [多花70块还老掉线，换谁都不乐意，换了我也会比一比。您更看重哪个：最便宜，还是电话一直能打通？ #technique: objection-empathy #technique: reverse-question #tip: 先同理，再用反问把价格异议转化为背后的需求]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  真要选的话，当然是电话能打通。可我也不会多花钱买同样的烂摊子。
  -> bill

=== bill ===
{patience <= 10: -> hang_up}
* [那我就直接跟您说吧，像您这样在网整整十一年的老客户，我们这边都能给到什么优惠。 #tip: 他的账单比套餐价高出 40 元；不问原因，就错过了他没说出口的需求]
  你说吧。
  -> offer
* [您的套餐是229，可最近三个月账单都在268左右。要不要我给您看看差在哪儿？ #technique: spin-problem #tip: 难点问题：套餐价和账单之间的差额，是他还没说出口的不满]
  ~ shift(trust, 5)
  你说。那张账单我从来没看懂过，每个月一个数。 # reveals: bill-transparency
  你逐项念给他听：一个免费试用一个月后自动续费的视频会员，15 元；他母亲的副卡最近三个月每月都自动加了一个 20 元的流量包；来电显示，4 元。 # speaker: narrator
  一个没人看的视频会员，每月十五块。我说的就是这个。
  -> offer

=== offer ===
{patience <= 10: -> hang_up}
{trust <= 20: -> port_out}
* [您可得想清楚，转网的话这十一年攒下来的积分就全清零了，宽带还得另外交一笔提前解约的违约金。 #fault: pressure #tip: 拿损失来吓唬客户就是施压；挽留靠的是价值，不是惩罚]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  现在开始威胁我了。
  -> port_out
* [只要您留下来，我今天就一次性送您100元话费，这个月的来电显示费和您母亲下一个流量包，也都统统给您免了。 #tip: 一次性赠送解决不了每月的差价，价格异议依然存在]
  ~ shift(trust, -5)
  一次一百，然后每个月还是 268？
  -> port_out
* [老客户专享：同一套餐12个月每月189元，加30GB共享流量，您母亲那张卡不用再加流量包，再送一台组网子路由。 #technique: retention-offer #technique: fabe #tip: 用 FABE 介绍挽留优惠：每个特点都对应他说过的需求，并用数字证明]
  ~ price_ok = true
  ~ shift(trust, 5)
  ~ shift(interest, 15)
  189。比他们的 199 还便宜，号码和宽带也都不用动。 # resolved: price
  我妈那张卡也包括在里面？那个路由器不要钱？ # signal: verbal
  -> close

=== close ===
{patience <= 10: -> hang_up}
你向他确认：三张卡都包括在内，组网子路由免费{bill:，并当场取消了那个没人看的视频会员}。 # speaker: narrator
* [咱们先试试：今晚开Wi-Fi通话，今天起按189收。30天后家里还掉线，12个月的期限就免了。 #close: close-trial #tip: 少量试用法：降低客户说“好”的风险，正是课程针对信号疑虑建议的做法]
  ~ trial_offered = true
  -> decide_trial
* [那189的价格，您看是从今天就开始算，还是从下个月1号新账期开始算？两种都可以。 #close: close-either-or #tip: 二选一法：两个答案都是“同意”]
  -> decide
* [不过我得提醒您一句，这个价格只有在这通电话里办理才有效，您要是想要的话，咱们现在就得马上定下来。 #close: close-urgency #fault: pressure #tip: 编造的期限就是施压；只有真实的期限才能用危机促成]
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
* [麻烦您把完整的身份证号码和家庭住址都报给我一下，我这边需要先核实一下，看是不是您本人在接电话。 #fault: privacy-breach #tip: 用本机号码回复确认就能核实身份；在电话里索要身份证号和住址，暴露了不必要的个人信息]
  ~ shift(trust, -10)
  电话里报？这些你们不是早就有了吗。算了。
  -> wrap_sale
* [我马上给这个号码发一个六位验证码，您收到以后直接念给我听一下，这样就可以了。 #fault: privacy-breach #tip: 验证码只能客户自己用；让他念给来电的人听，正是电信诈骗利用的习惯，任何时候都不要索要验证码]
  ~ shift(trust, -5)
  四、七、一、九、二、六。这样就行了？
  -> wrap_sale
* [我给这个号码发条确认短信，您回复1就行。验证码别告诉任何人，转网授权码不用的话会自动失效。 #technique: protect-privacy #tip: 用最少的个人信息核实身份：本机号码回复确认就够了，任何验证码都不需要念给你听]
  ~ shift(trust, 5)
  回复1。……好了，发过去了。
  -> wrap_sale

=== wrap_sale ===
* [谢谢您陈先生，跟您确认一下：不转网了，今天起189，今晚开Wi-Fi通话，本周送子路由，优化后工程师实测，之后三天内我回电，专线在短信里。 #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: 致谢、复述每一项约定、说清下次联系的时间，并给高价值客户一个专属渠道]
  好。你记下来，我也会记着。十一年了，头一回有人这么办事。谢谢。 # outcome: sale
  -> END
* [陈先生，太感谢您继续支持我们了。我这边都给您办好了，转网申请您就不用再管了，新的价格下个月的账单上就能看到了。 #fault: no-next-step #tip: 他的信号问题还没解决；不说工程师什么时候来、什么时候回电，就等于让他自己追着你们]
  ~ shift(trust, -5)
  那信号呢？工程师什么时候来，谁通知我？算了，再掉线我自己打电话。 # outcome: sale
  -> END
* [谢谢您，189的套餐已经给您办好了，今晚就给您开Wi-Fi通话。对了陈先生，既然您留下来了，要不要顺便再给您加一个云游戏包？首月免费的。 #technique: confirm-agreement #fault: pressure #tip: 刚挽留下来就接着推销，会让整通电话看起来像个销售套路]
  ~ shift(trust, -10)
  我刚把一个没用的会员从账单上去掉，别再给我加一个。再见。 # outcome: sale
  -> END

=== wait_and_see ===
{patience <= 10: -> hang_up}
{fix_offered: 没亲眼看到效果之前，我什么都不换。|{trial_offered: 基站优化、Wi-Fi 通话，这些我还是头一回听说。|电话还在掉线，我不换。家里到底会有什么变化，没人跟我说过。}}那边我先不去办。把信号修好，再给我打电话。
* [明白。24小时内我把工单号和书面优惠方案短信发给您，基站优化完三天之内，我一定给您回电话。 #technique: confirm-agreement #technique: follow-up-plan #tip: 客户要先看看，也要有明确的下一步：24 小时内发书面方案，3 天内回电]
  优化完三天内。别让我追着你们。 # outcome: follow-up
  -> END
* [没问题陈先生，您不用着急，慢慢来就行。等工程师那边都弄完了，我们这边会有同事主动再跟您联系的。 #fault: no-next-step #tip: “会有人联系您”正是前两次工单得到的答复]
  有人。好吧。走着瞧。 # outcome: follow-up
  -> END

=== port_out ===
{patience <= 10: -> hang_up}
不用了。我听够了。周六我就去那边办。
* [我尊重您的决定，也谢谢您这十一年的支持。号码在我们这儿一天，信号工单就一直跟进，您随时想回来都欢迎。 #conduct: +1 #follow-up: +1 #tip: 体面地接受失败，才能给以后留一扇门；赢回客户从这里开始]
  行吧。这一点，还是谢谢你。 # outcome: no-sale
  -> END
* [陈先生，您再好好想想吧：十一年的积分、老客户的待遇，还有宽带的违约金，走了这些可就都没了。 #fault: pressure #tip: 他已经拒绝了；再推只会让通话以更糟的方式结束]
  ~ shift(patience, -20)
  我说了不用。 # outcome: hang-up
  -> END

=== hang_up ===
够了。我没时间跟你耗。周六我去那边把手续办完。 # outcome: hang-up
-> END
