# id: social-new-sim
# title: 新的5G手机，新的电话卡
# channel: social-channel
# product: 5G青春99套餐（含视频会员），外加云游戏加速包
# difficulty: 1
# time-limit: 900
# persona: 林小雨
# persona-age: 23
# persona-role: 初入职场的设计师，刚来这座城市
# persona-style: amiable
# persona-tier: mid
# goal: 按规范用身份证为她完成新卡实名登记，弄清她平时怎样用手机，为她办理合适的5G套餐和附加包，不隐瞒任何费用
# brief: 今天到本授权手机店购机：5G手机一部，2999元（120Hz游戏屏），另购新电话卡一张
# brief: 新卡为默认入门套餐，每月29元，含5GB流量、100分钟通话；尚未完成实名登记
# brief: 新客户，无历史记录；付款时对收银员说上周刚来这座城市参加第一份工作
# brief: 可推荐产品：5G青春99（60GB流量、300分钟通话、含视频会员），云游戏加速包每月15元（游戏库加游戏加速通道，可随时在App里按月退订），5G不限量199
# brief: 店规：身份证只在开卡终端上核验（读卡器加人脸核验），不复印、不拍照，验证码由客户本人输入
# need: commute-video, 每天坐地铁通勤单程五十分钟，一路追剧，还自费开了视频会员
# need: data-runs-out, 每月20号左右流量就用完，只好买流量加油包
# need: game-lag, 晚上和大学同学组队打团战手游，每到团战就卡
# objection: hidden-fees, trust, 担心手机店偷偷加隐藏收费或会自动续费的项目
# objection: budget, price, 刚花2999元买了手机，每月账单一变高就发慌
# objection: think-at-home, send-info, 想让你把资料发给她，回家再慢慢考虑

INCLUDE ../_lib/customer.ink

// 她已经说出的需求，用0或1记录，方便计数。
VAR heard_commute = 0
VAR heard_data = 0
VAR heard_games = 0

~ trust = 45
~ patience = 60
~ interest = 35

-> counter

=== counter ===
周六下午，繁华商业街上的一家运营商授权手机店。林小雨刚付完一部新5G手机和一张电话卡的钱，卡上是29元的入门套餐。你打开开卡终端的时候，她正小心地撕着屏幕上的保护膜。 # speaker: narrator
真好看……那个，卡现在能用了吗？我周一去新公司报到，人事要我的手机号。
* [告诉她马上就好，然后问：“您知道这部手机在5G下能做哪些旧手机做不到的事吗？” #technique: opener-curiosity #tip: 一个她想知道答案的问题，比任何介绍都更能赢得接下来的一分钟]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    嗯……更快？说实话，我选它是因为好看，盒子上还写着“游戏”。它能做什么呀？
    能做的可多了，要看您怎么用。我们先给卡做实名登记，开通的这几分钟我慢慢给您看。 # speaker: trainee
* [告诉她卡上是29元入门套餐，用这款手机的人大多换成199不限量套餐，问她要不要现在就换 #fault: premature-pitch #tip: 你还不知道她怎么用手机，一开口就推最贵的套餐，听起来像完成任务，而不是给建议]
    ~ shift(patience, -15)
    ~ shift(trust, -10)
    ~ shift(interest, -5)
    一个月199？哦……嗯，我也不知道。能不能先让卡能用？
* [先说声“打扰一下”，再问她能不能给你五分钟，介绍一下店里最新的套餐 #fault: forbidden-opener #tip: 一开口就道歉、再要几分钟来推销，等于告诉她接下来的五分钟是为你、不是为她]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    哦……嗯，我等会儿还约了朋友。能不能先把卡弄好？
- -> activation

=== activation ===
新电话卡要先用机主的真实身份登记才能使用。柜台上的开卡终端带有身份证读卡器和人脸核验摄像头，你自己的手机就放在旁边。 # speaker: narrator
需要我做什么？要身份证吗？
她隔着柜台把身份证递了过来。 # speaker: narrator
* [说读卡器今天很慢，你先用自己的手机把她的身份证拍下来，等她走了再录入，省得她等 #fault: privacy-breach #tip: 用员工手机拍身份证，正是个人信息保护法禁止的泄露风险，实名登记必须通过开卡终端办理]
    ~ shift(trust, -25)
    用……你自己的手机拍？这样可以吗？我表姐的身份证就被人拿去办过贷款，她自己根本不知道。我真的不想身份证出现在别人的手机里。
    -> activation_repair
* [请她自己把身份证放到读卡器上、对着摄像头做人脸核验，并说明信息加密直传运营商的实名系统，店里不留任何复印件 #technique: protect-privacy #tip: 只通过终端登记，证件由客户本人操作，不留复印件：这就是个人信息保护法和数据安全法对你的要求]
    ~ shift(trust, 15)
    她把身份证放上读卡器，看向摄像头。终端“嘀”了一声。 # speaker: narrator
    哦，这么简单。说实话我刚才还有点紧张，有些店到现在还要复印身份证。
    -> discover

=== activation_repair ===
{trust <= 15: -> lost_trust}
* [向她道歉，承认她说得对，然后按规范办理：只用读卡器和人脸核验，你的手机里什么都不留 #technique: protect-privacy #tip: 马上认错、马上改用正规流程，是重新赢得她信任的唯一办法]
    ~ shift(trust, 10)
    她自己把身份证放上读卡器，看向摄像头。终端“嘀”了一声。 # speaker: narrator
    好吧。谢谢你跟我道歉。
    -> discover
* [安慰她说每家店都这么做，没人会去看那些照片 #conduct: -2 #tip: 对隐私顾虑轻描淡写，反而坐实了她的担心，从此你说什么她都会怀疑]
    ~ shift(trust, -20)
    -> lost_trust

=== discover ===
终端屏幕显示：实名登记处理中，约需五分钟。 # speaker: narrator
五分钟啊。好，我等一下。
* [提议趁等的时候给她看看所有套餐，让她挑一个喜欢的 #fault: premature-pitch #tip: 一个问题都没问就摆出套餐，她只能自己猜需要什么，而随和型的客户不会去猜，她会往后拖]
    ~ shift(patience, -5)
    哦。好吧。
    -> present

* [问她是不是还在上学，话费是爸妈交还是她自己交 #fault: intrusive-question #tip: 谁给她交话费是她的私事，这样问像是在掂量她的钱包，应该问她怎么用手机]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    我……其实刚参加工作，话费我自己交。问这个干什么？
    -> discover_problem
* [问她平常一天从早到晚都是怎么用手机的 #technique: spin-situation #tip: 背景问题收集推荐所需的事实，而且客户很容易回答]
    ~ shift(interest, 5)
    ~ shift(trust, 5)
    ~ heard_commute = 1
    主要是坐地铁。去新公司单程五十分钟，我一路都在追剧，那是我自己的时间。我还自己花25块一个月开了视频会员。 # reveals: commute-video
    -> discover_problem
=== discover_problem ===
{patience <= 15: -> walk_out}
* [问她以前的手机或套餐，最让她头疼的是什么 #technique: spin-problem #tip: 需求始于不满，难点问题让她用自己的话说出来]
    ~ shift(interest, 10)
    ~ heard_data = 1
    流量！每个月20号左右就用完了。然后要么买流量加油包，一个月大概30块，要么就不看了，盯着隧道墙发呆。 # reveals: data-runs-out
    -> discover_games

* [问她：“用这么好的手机，您肯定要我们最大流量的套餐吧？” #discovery: -1 #tip: 引导性问题自问自答，你什么也了解不到，应该问问旧套餐哪里让她不满意]
    ~ shift(patience, -5)
    大概吧？我也不太清楚自己需要什么。我就是怕选错。
    -> discover_games
=== discover_games ===
* [告诉她你大概知道她需要什么了，直接开始介绍套餐 #tip: 她挑的是带游戏屏的手机，这个线索值得再多问一句]
    好呀！
    -> present
* [指出她选的是120Hz游戏屏的机型，问她晚上还会用它做些什么 #technique: open-question #tip: 从你观察到的细节出发提一个开放式问题，她就会说出原本不会提的需求]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    ~ heard_games = 1
    打游戏！我和大学同学几乎每晚都开语音组队打团战。以前的手机一到团战就卡，他们都叫我“雕像”。 # reveals: game-lag
    她笑了笑，有点不好意思。 # speaker: narrator
    -> present

=== present ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
那……你会推荐我用哪个套餐？
* [推荐5G不限量199：旗舰手机就该配不限量，以后什么都不用操心 #presentation: -1 #tip: 最贵的套餐不等于最适合她的套餐，推荐要和她说过的需求挂钩]
    ~ shift(trust, -5)
    ~ shift(interest, -5)
    199？每个月？这比我的健身卡加以前的话费还贵…… # raises: budget
    -> upsell_shock

* [把所有东西都列出来：29、59、99、129、199五档套餐，三种视频会员，音乐包，云游戏，家庭共享，还有宽带融合，再问她喜欢哪个 #fault: feature-dump #tip: 一长串和她需求无关的功能，把选择变成了作业，而随和型客户最怕选错]
    ~ shift(patience, -15)
    ~ shift(interest, -10)
    这……也太多了。我怕我选错。
    你能不能把资料发给我？我想回家慢慢看。 # raises: think-at-home
    -> send_info(true)
* [只推荐一个套餐，先讲对她最重要的，再讲附加的部分 #technique: present-main-secondary #tip: 主次介绍法：先讲解决她最大问题的部分，再讲附加项，让她听到的是为她量身定做的方案]
    {heard_commute + heard_data > 0:先说5G青春99：每月60GB流量，原来只有5GB，追剧能追满一整个月，而且已经含了视频会员。|先说5G青春99：每月60GB流量，原来只有5GB，而且已经含了视频会员。}{heard_games:然后是给您团战用的云游戏加速包，每月15元，游戏走加速通道，卡顿会少很多。} # speaker: trainee
    {heard_commute + heard_data + heard_games >= 2:
        ~ shift(interest, 15)
        {heard_games:
            游戏还有专用通道？我朋友们肯定羡慕死了。不过真的有用吗？
        - else:
            60GB，还已经含了会员？听起来挺不错的……
        }
        -> demo_offer
    - else:
        听起来挺好的……不过我也不确定我需不需要这么多。
        你能不能把资料发给我？我想回家再想想。 # raises: think-at-home
        -> send_info(true)
    }
=== upsell_shock ===
* [问她哪一点对她更重要：账单尽量低，还是再也不用担心流量用完 #technique: reverse-question #tip: 反问能找到她看重什么，但推过199之后，她已经不太相信你给的数字了]
    不想流量用完吧……但也不想花199。
    你能不能把便宜一点的方案资料发给我？我想回家再想想。 # raises: think-at-home
    -> send_info(true)
* [告诉她一天也就六七块钱，刚买了三千块手机的人肯定负担得起 #fault: disrespect #tip: 拿她攒钱买的手机来衡量她的预算，会让她觉得被评判]
    ~ shift(trust, -20)
    这部手机是我攒了好几个月的钱才买的。我还是先用入门套餐吧。再见。 # outcome: no-sale
    -> END

=== demo_offer ===
{patience <= 15: -> walk_out}
* [邀请她到体验区，用自己的新手机在店里的5G网络下试一试：“玩一局就知道了。” #technique: present-experience #tip: 体验介绍法：她亲手感受到的，比你告诉她的更有说服力]
    ~ shift(interest, 15)
    {heard_games:
        她玩了一局。屏幕角落的延迟一直停在28毫秒。 # speaker: narrator
        28！以前的手机显示两百多。哇，好流畅。 # signal: emotional
    - else:
        她点开一集正在追的剧，不到一秒就开始高清播放。 # speaker: narrator
        哇，一点都不转圈。太舒服了。 # signal: emotional
    }
    -> lag_question
* [提出接下来给她讲讲月费和条款 #tip: 她还停留在想象里，亲手试一分钟，比你讲多少都管用]
    好……
    -> lag_question
* [说：“太好了，那我现在就给您换过去吧？” #close: close-direct #tip: 还没有任何购买信号，她连一个使用上的问题都没问，这时促成会让她觉得是个圈套]
    ~ shift(trust, -10)
    ~ shift(patience, -5)
    等等，这么快？……
    这里面有没有什么坑？我室友在手机店办过一个东西，结果被扣了好多她根本没要的费用。 # raises: hidden-fees
    -> hidden_fees

=== lag_question ===
{heard_games:
    不过真的就不卡了吗？在家里也行？我住的是老小区。 # signal: verbal
- else:
    那在地铁上真的会这么快吗？有几段隧道信号特别差。 # signal: verbal
}
* [向她保证哪里都完美：不卡顿、不缓冲，包你满意 #fault: false-promise #tip: 没有哪个网络处处完美，她第一个晚上就能验证的承诺，最后会变成投诉]
    ~ shift(trust, -10)
    包我满意？哪里都行？……这么一说我反而有点担心了。
    这里面是不是有什么坑？比如隐藏收费？我室友就被扣过她根本没要的费用。 # raises: hidden-fees
    -> hidden_fees
* [如实回答：不是哪里都一样。5G信号强的地方，比如这里，差别很大；在室内或者某些隧道里效果会弱一些。然后给她看覆盖图 #technique: honest-answer #tip: 坦白说出产品做不到的地方，你说的其他话才会让人相信]
    ~ shift(trust, 15)
    {heard_games:这是覆盖图，您自己输入街道看看。要是在家里加速包帮助不大，可以随时在App里按月退订。|您的地铁线路在覆盖图上大部分都有5G。最老的两段隧道会切回4G，剧还能接着播，只是慢一点。} # speaker: trainee
    谢谢你说实话。别人都跟我说“完美”。
    -> before_price

* [解释说这是基于5G独立组网的网络切片加边缘计算节点，往返时延能降到20毫秒以下 #fault: jargon #tip: 她听不懂的术语什么也回答不了，只会让她觉得自己漏掉了什么]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    不好意思，我完全没听懂。
    那合同小字里有没有什么我该注意的？比如收费？ # raises: hidden-fees
    -> hidden_fees
=== before_price ===
* [提议接下来看看要花多少钱 #tip: 她还有一个没说出口的担心，而随和型客户宁可走人也不好意思问]
    好，不过先问一下……
    这里面有没有什么坑？隐藏收费之类的？我室友在店里办过一个东西，结果被扣了好多她根本没要的费用。 # raises: hidden-fees
    -> hidden_fees

* [谈价格之前，主动说出大家在手机店常有的顾虑：隐藏收费。然后清楚地告诉她包含什么、什么可以退订、她会怎么收到通知 #technique: objection-preempt #objections: +1 #tip: 提前回答她还没说出口的担心，随和型客户就不用硬着头皮开口问了]
    ~ shift(trust, 10)
    会员就包含在99元里，不是单独订阅的。{heard_games:加速包每月15元，随时可以在App里按月退订。}没有您本人输入的验证码，什么都不会开通，而且会有短信列出每一项。 # speaker: trainee
    哇，这正是我想问的！我室友之前被一个会自动续费的会员扣了好久的钱。好，这下我放心多了。 # raises: hidden-fees # resolved: hidden-fees
    -> price
=== hidden_fees ===
{patience <= 15: -> walk_out}
* [告诉她你们是授权店，不会干这种事，她室友多半是签字前没看清楚 #fault: argue #tip: 证明她错了，连带她室友也错了，你赢了争论，却输了客户]
    ~ shift(trust, -20)
    ~ shift(patience, -20)
    她的笑容僵住了。 # speaker: narrator
    -> walk_out
* [说你理解，谁都不想账单上有意外，然后在终端上把每一项和她会收到的短信都给她看 #technique: objection-empathy #tip: 先同理，再把事实白纸黑字摆出来：她得先感到自己的担心是合理的，才听得进你的回答]
    ~ shift(trust, 10)
    会员包含在99元里，不是单独订阅的。{heard_games:加速包每月15元，随时可以在App里按月退订。}没有您本人输入的验证码，什么都不会开通，短信里会列出每一项。 # speaker: trainee
    好。既然短信里都写清楚，我就放心了。 # resolved: hidden-fees
    -> price
* [叫她别担心，大家都办这个套餐 #fault: ignore-objection #tip: “大家都办”回答不了“有没有坑”，她的担心还在，而且会越来越大]
    ~ shift(trust, -15)
    嗯。大家都办……好吧。
    你能不能先把资料发给我？我想回家把内容都看一遍。 # raises: think-at-home
    -> send_info(true)

=== price ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
{heard_games:那就是99加15……一个月114。|那就是一个月99。}我以前的套餐才39。而且我刚花了快三千买手机……感觉好多啊。 # raises: budget
* [问她哪一点对她更重要：账单尽量低，还是再也不用担心流量用完 #technique: reverse-question #tip: 反问找到了她看重的东西，但她手里还没有一个可以抓住的数字：拿她现在的花费按天拆分，才能真正回答她]
    不想流量用完吧……可还是比我计划的多。
    你能不能把资料发给我？我想回家对着自己的预算算一算。 # raises: think-at-home
    -> send_info(true)

* [先算她现在实际每月花多少（加油包和会员都算上），再把差价分摊到每一天 #technique: price-daily-split #tip: 先算出她真实的月花费，再算每天多花多少：一个她能想象的数字，而不是一张吓人的账单]
    ~ shift(trust, 5)
    ~ shift(interest, 10)
    {
    - heard_commute + heard_data == 2 && heard_games:
        您现在实际每月大约花94：套餐39，加油包大约30，自己开的会员25。新方案一共114，每月多20块，每天不到7毛钱，换来6倍的流量、5G、会员和游戏加速通道。 # speaker: trainee
    - heard_commute + heard_data == 2:
        您现在实际每月大约花94：套餐39，加油包大约30，自己开的会员25。新套餐99，每月只多5块，每天不到2毛钱，换来6倍的流量和5G。 # speaker: trainee
    - heard_commute:
        您现在实际每月花64：套餐39，加上自己开的会员25。新方案一共114，每月多50块，每天不到1块7，换来6倍的流量、5G、会员和游戏加速通道。 # speaker: trainee
    - else:
        您现在实际每月大约花69：套餐39，加油包大约30。新方案一共114，每月多45块，每天1块5，换来6倍的流量、5G、视频会员和游戏加速通道。 # speaker: trainee
    }
    {heard_commute:哦……这么一算。那我现在自己花钱开的会员就直接包含在里面了？|哦……比我想的少。那以后就不用再买加油包了？} # resolved: budget # signal: verbal
    -> check_price
* [告诉她也就114，刚花三千买手机的人，每月多花一点肯定没问题 #fault: disrespect #tip: 拿她攒钱买的手机来衡量她的预算，会让她觉得被评判]
    ~ shift(trust, -20)
    这部手机是我攒了好几个月的钱才买的。我还是先用入门套餐吧。再见。 # outcome: no-sale
    -> END
=== check_price ===
* [问她这样算是否觉得合理，还有没有什么让她担心的地方 #technique: lscpa-ask #tip: LSCPA的最后一步：在提出成交之前，先确认你的回答真正解决了她的顾虑]
    ~ shift(trust, 5)
    她想了一下，点点头。 # speaker: narrator # signal: physical
    {heard_games:没有了，挺合理的。游戏那个包哪个月不想要都可以退，对吧？好。|没有了，挺合理的。那是马上就生效吗？好。}
    -> close

* [马上问她要不要现在就给新号码办上 #close: close-direct #tip: 信号已经出现了，但你跳过了确认她是否对答复满意这一步]
    -> agree
=== close ===
* [告诉她最好现在就决定，这个价格明天可能就没有了 #close: close-urgency #fault: pressure #tip: 不真实的截止时间就是施压，而随和型客户面对压力的反应就是往后退]
    ~ shift(trust, -15)
    明天就没有了？你这么说我反而觉得被催了……
    -> hesitate
* [直接问她：“那我现在就给您的新号码办上，周一上班就能用，好吗？” #close: close-direct #tip: 直接促成法：信号明确之后，坦率地提出请求就是对客户的尊重]
    -> agree
* [问她是希望今天就生效，还是从下个月1号开始 #close: close-either-or #tip: 二选一法：两个答案都是“同意”，她还保留了自己做选择的感觉]
    -> agree

=== agree ===
{trust < 50: -> hesitate}
好，就办这个吧！
-> wrap_up

=== hesitate ===
不好意思，我还是想回家先想一想。我不想做错决定。
-> send_info(false)

=== wrap_up ===
你在终端上选好套餐，一条验证码短信发到了她的新号码上。 # speaker: narrator
* [告诉她这样就办好了 #tip: 不复述一遍，她走的时候不确定自己同意了什么，投诉往往就是这样开始的]
    ~ shift(trust, -5)
    哦。好吧……希望我没选错。
    -> aftercare
* [请她自己输入验证码，然后向她确认办了什么、每月一共多少钱、从什么时候开始、加速包怎么退订 #technique: confirm-agreement #tip: 复述约定，让她清清楚楚地知道自己同意了什么再离开]
    ~ shift(trust, 5)
    她自己输入了验证码。 # speaker: narrator
    从今天起是5G青春99：60GB流量、300分钟通话，含视频会员。{heard_games:再加每月15元的云游戏加速包，每月一共114元，加速包随时可以在App里按月退订。|每月一共99元。}确认短信马上就到。 # speaker: trainee
    太好了，讲得特别清楚，谢谢你。
    -> aftercare

* [让她把短信里的验证码念给你，你帮她输入 #fault: privacy-breach #tip: 验证码就是她的签名：工作人员绝不能索要，必须由客户本人输入]
    ~ shift(trust, -15)
    验证码？呃……短信上写着不要告诉任何人。
    她低着头，自己把验证码输了进去。 # speaker: narrator
    -> aftercare
=== aftercare ===
* [建议她趁着在店里，顺便给租的房子办个千兆宽带，你现在就能帮她办 #fault: pressure #tip: 刚成交就推下一个产品，会让她怀疑刚才那一单到底是为了谁]
    ~ shift(trust, -10)
    呃……不用了，谢谢。今天就办这些吧。
    她拿起手机盒，走得有点急。 # speaker: narrator # outcome: sale
    -> END
* [谢谢她，祝她新工作顺利 #tip: 道别很温暖，但她走的时候并不知道出了问题该找谁]
    谢谢！拜拜！ # outcome: sale
    -> END

* [告诉她流量用到80%时会收到短信提醒，有任何问题可以给这张名片上的门店服务号发消息或随时来店里，朋友用她的推荐码开卡，两人各得10GB流量 #technique: after-sale-care #tip: 售后关怀：能找到你的渠道、用量提醒和转介绍优惠，让她成为长期客户，而不只是一单生意]
    ~ shift(trust, 5)
    哇，我室友可能也想办！真的谢谢你，你让这件事变得好简单。 # outcome: sale
    -> END
=== send_info(raised) ===
* [递给她一张宣传单，让她想好了随时再来 #fault: no-next-step #tip: 一张没有时间、没有回访的宣传单，把决定交给了运气，它多半会一直躺在她包里]
    好的，谢谢。
    她把宣传单塞进包里，多半再也不会拿出来。 # speaker: narrator # outcome: no-sale
    -> END
* [答应她，今天就用短信发一页纸的方案总结，写清每月总价，再问她周四下班后给她打个电话方不方便 #technique: follow-up-plan #tip: 24小时内发方案，3天内回电：她有时间考虑，你也握住了下一步]
    {raised:
        周四晚上可以。谢谢你没有催我。 # resolved: think-at-home
    - else:
        周四晚上可以。谢谢你。
    }
    她把门店的号码存进了新手机。 # speaker: narrator # outcome: follow-up
    -> END
* [提醒她现在走了优惠可能就没了，最好今天就签 #fault: pressure #tip: 她已经说了想要时间，这时再施压，会把“也许”变成“不要”]
    ~ shift(trust, -15)
    我……不了。我不想这样做决定。再见。 # outcome: no-sale
    -> END

=== walk_out ===
她看了一眼门口，开始收拾东西。 # speaker: narrator
不好意思，我真的得走了，朋友还在等我。 # outcome: hang-up
-> END

=== lost_trust ===
她把身份证和手机盒都收回了包里。 # speaker: narrator
我还是去运营商自己的营业厅办吧。还是谢谢你。 # outcome: no-sale
-> END
