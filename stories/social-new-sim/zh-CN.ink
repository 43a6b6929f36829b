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
* [马上就好，先做个实名登记。趁这会儿问您一句：您知道这台手机用上5G，能干哪些旧手机干不了的事吗？ #technique: opener-curiosity #tip: 激发好奇：一个她想知道答案的问题，比任何介绍都更能赢得接下来的一分钟]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    嗯……更快？说实话，我选它是因为好看，盒子上还写着“游戏”。它能做什么呀？
    能做的可多了，要看您怎么用。我们先把实名登记做了，开通的这几分钟我慢慢给您看。 # speaker: trainee
* [您这张卡现在是29的入门套餐，买这款手机的基本上都换成199不限量了。要不今天就直接给您换过去吧？ #fault: premature-pitch #tip: 你还不知道她怎么用手机，一开口就推最贵的套餐，听起来像完成任务，而不是给建议]
    ~ shift(patience, -15)
    ~ shift(trust, -10)
    ~ shift(interest, -5)
    一个月199？哦……嗯，我也不知道。能不能先让卡能用？
* [不好意思打扰您一下，能耽误您五分钟吗？我想给您介绍一下我们店最新推出的几款套餐。 #fault: forbidden-opener #tip: 开场白禁用语：一开口就道歉、再要几分钟来推销，等于告诉她接下来的五分钟是为你、不是为她]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    哦……嗯，我等会儿还约了朋友。能不能先把卡弄好？
- -> activation

=== activation ===
新电话卡要先用机主的真实身份登记才能使用。柜台上的开卡终端带有身份证读卡器和人脸核验摄像头，你自己的手机就放在旁边。 # speaker: narrator
需要我做什么？要身份证吗？
她隔着柜台把身份证递了过来。 # speaker: narrator
* [读卡器今天特别慢，我先用我手机把您身份证拍一下，等您走了我再录进去，省得您在这儿一直干等。 #fault: privacy-breach #tip: 用员工手机拍身份证，正是个人信息保护法禁止的泄露风险，实名登记必须通过开卡终端办理]
    ~ shift(trust, -25)
    用……你自己的手机拍？这样可以吗？我表姐的身份证就被人拿去办过贷款，她自己根本不知道。我真的不想身份证出现在别人的手机里。
    -> activation_repair
* [对，麻烦您自己把身份证放到读卡器上，再看一下摄像头。信息加密直传运营商，店里不留复印件。 #technique: protect-privacy #tip: 只通过终端登记，证件由客户本人操作，不留复印件：这就是个人信息保护法和数据安全法对你的要求]
    ~ shift(trust, 15)
    她把身份证放上读卡器，看向摄像头。终端“嘀”了一声。 # speaker: narrator
    哦，这么简单。说实话我刚才还有点紧张，有些店到现在还要复印身份证。
    -> discover
* [好的，谢谢。我先拿去复印一份留个底，然后再给您放到读卡器上刷一下，很快就好。 #fault: privacy-breach #tip: “留底”听起来像是规定流程，可她的身份证复印件放在店里抽屉里，就是随时会泄露的隐患：终端读卡即可，什么都不用复印]
    ~ shift(trust, -20)
    复印？呃……我表姐的身份证就在店里被复印过，后来有人拿它办了贷款。我真的不想哪里留着我的复印件。
    -> activation_repair

=== activation_repair ===
{trust <= 15: -> lost_trust}
* [您说得对，是我不好。咱们按规定来：您自己把证放到读卡器上，什么都不复印、不拍照。 #technique: protect-privacy #tip: 马上认错、马上改用正规流程，是重新赢得她信任的唯一办法]
    ~ shift(trust, 10)
    她自己把身份证放上读卡器，看向摄像头。终端“嘀”了一声。 # speaker: narrator
    好吧。谢谢你跟我道歉。
    -> discover
* [哎，没事的，哪家店都是这么办的，弄完了也没人会去看的，您就放心好了。 #conduct: -2 #tip: 对隐私顾虑轻描淡写，反而坐实了她的担心，从此你说什么她都会怀疑]
    ~ shift(trust, -20)
    -> lost_trust
* [我理解。等信息一录完我马上就给您删掉，您就站在这儿当面看着我删，这样您总能放心了吧？ #fault: privacy-breach #tip: 事后删掉，也改变不了她的证件已经离开她手里：唯一的补救是停下来，改用终端的读卡器和人脸核验]
    ~ shift(trust, -15)
    看着你删……？可那时候已经不在我手里了。不了，不好意思。
    -> lost_trust

=== discover ===
终端屏幕显示：实名登记处理中，约需五分钟。 # speaker: narrator
五分钟啊。好，我等一下。
* [正好，趁这几分钟我给您把我们所有的套餐都过一遍，您看中哪个咱们就选哪个。 #fault: premature-pitch #tip: 一个问题都没问就摆出套餐，她只能自己猜需要什么，而随和型的客户不会去猜，她会往后拖]
    ~ shift(patience, -5)
    哦。好吧。
    -> present

* [冒昧问一下，您现在还在上学吗？话费是爸妈帮您交，还是您自己交？ #fault: intrusive-question #tip: 谁给她交话费是她的私事，这样问像是在掂量她的钱包，应该问她怎么用手机]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    我……其实刚参加工作，话费我自己交。问这个干什么？
    -> discover_problem
* [好嘞。那趁等的工夫跟我说说，您平时一天下来，从早到晚手机都用来干什么？ #technique: spin-situation #tip: 背景问题收集推荐所需的事实，而且客户很容易回答]
    ~ shift(interest, 5)
    ~ shift(trust, 5)
    ~ heard_commute = 1
    主要是坐地铁。去新公司单程五十分钟，我一路都在追剧，那是我自己的时间。我还自己花25块一个月开了视频会员。 # reveals: commute-video
    -> discover_problem
=== discover_problem ===
{patience <= 15: -> walk_out}
* [明白了。那您回想一下以前的手机和套餐，用下来最让您头疼的是什么地方？ #technique: spin-problem #tip: 需求始于不满，难点问题让她用自己的话说出来]
    ~ shift(interest, 10)
    ~ heard_data = 1
    流量！每个月20号左右就用完了。然后要么买流量加油包，一个月大概30块，要么就不看了，盯着隧道墙发呆。 # reveals: data-runs-out
    -> discover_games

* [这样啊。用这么好的手机，肯定得配最大流量的套餐吧？大家都选这个。 #discovery: -1 #tip: 引导性问题自问自答，你什么也了解不到，应该问问旧套餐哪里让她不满意]
    ~ shift(patience, -5)
    大概吧？我也不太清楚自己需要什么。我就是怕选错。
    -> discover_games
* {heard_commute} [一天一百分钟视频？那您缺的就是流量啊。要不我给您看看我会给您挑的那个套餐？ #discovery: -2 #tip: 一个事实还不是需求：你猜了她的问题就开始推荐。问一句哪里不顺，她就会告诉你流量20号就用完，还会说出更多]
    ~ shift(interest, -5)
    哦，嗯，好吧。不过我也不太清楚自己需要什么。
    -> present
=== discover_games ===
* [好，您需要什么我心里大概有数了。那我就直接给您推荐一下吧。 #tip: 她挑的是带游戏屏的手机，这个线索值得再多问一句]
    好呀！
    -> present
* [不过您挑的是带120Hz游戏屏的这款。晚上您还会拿它干些什么呢？ #technique: open-question #tip: 从你观察到的细节出发提一个开放式问题，她就会说出原本不会提的需求]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    ~ heard_games = 1
    打游戏！我和大学同学几乎每晚都开语音组队打团战。以前的手机一到团战就卡，他们都叫我“雕像”。 # reveals: game-lag
    她笑了笑，有点不好意思。 # speaker: narrator
    -> present
* [这块屏是专门为打游戏做的，不过您应该更爱看视频吧？追剧、看综艺那种？ #discovery: -1 #tip: 替她把答案说了的问题，随和型客户只会客气地说“是”，她晚上在手机上做什么，你就永远不知道了]
    嗯，对……应该算是吧。
    -> present

=== present ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
那……你会推荐我用哪个套餐？
* [这么好的手机，就配199不限量吧。什么都不限，以后流量的事您再也不用操心了。 #presentation: -1 #tip: 最贵的套餐不等于最适合她的套餐，推荐要和她说过的需求挂钩]
    ~ shift(trust, -5)
    ~ shift(interest, -5)
    199？每个月？这比我的健身卡加以前的话费还贵…… # raises: budget
    -> upsell_shock

* [我们从29到199有五档套餐，还有三种会员、音乐包、云游戏、家庭共享……您喜欢哪个？ #fault: feature-dump #tip: 一长串和她需求无关的功能，把选择变成了作业，而随和型客户最怕选错]
    ~ shift(patience, -15)
    ~ shift(interest, -10)
    这……也太多了。我怕我选错。
    你能不能把资料发给我？我想回家慢慢看。 # raises: think-at-home
    -> send_info(true)
* [简单点说，我就推荐一个：5G青春99。我跟您说说它能给您解决什么问题。 #technique: present-main-secondary #tip: 主次介绍法：先讲解决她最大问题的部分，再讲附加项，让她听到的是为她量身定做的方案]
    -> recommend
=== upsell_shock ===
* [理解。那对您来说哪个更重要：账单越低越好，还是再也不用担心流量用完？ #technique: reverse-question #tip: 反问能找到她看重什么，但推过199之后，她已经不太相信你给的数字了：先退回到适合她的套餐]
    不想流量用完吧……但也不想花199。
    你能不能把便宜一点的方案资料发给我？我想回家再想想。 # raises: think-at-home
    -> send_info(true)
* [一天也就六七块钱。三千块的手机都买了，这点钱总还出得起吧？ #fault: disrespect #tip: 拿她攒钱买的手机来衡量她的预算，会让她觉得被评判]
    ~ shift(trust, -20)
    这部手机是我攒了好几个月的钱才买的。我还是先用入门套餐吧。再见。 # outcome: no-sale
    -> END
* [您说得对，这个超出您的需要了。按您刚才说的情况，青春99更适合您。 #tip: 承认她的顾虑有道理，退回到真正适合她的套餐，才能挽回推大套餐丢掉的一部分信任]
    ~ shift(trust, 5)
    -> recommend

=== recommend ===
{heard_commute + heard_data > 0:先说最重要的：每月60GB流量，原来只有5GB，追剧能追满一整个月，而且已经含了视频会员。|先说最重要的：每月60GB流量，原来只有5GB，而且已经含了视频会员。}{heard_games:然后是给您团战用的游戏加速包，每月15元：加速通道让您的游戏数据在我们的5G网络上优先走，卡顿会少很多，还附带一个云游戏库。} # speaker: trainee
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

=== demo_offer ===
{patience <= 15: -> walk_out}
* [您不如亲自试试？来体验区，用您的新手机连我们店里的5G试一下就知道了。 #technique: present-experience #tip: 体验介绍法：她亲手感受到的，比你告诉她的更有说服力]
    ~ shift(interest, 15)
    {heard_games:
        她打开加速通道玩了一局。屏幕角落的延迟一直停在28毫秒。 # speaker: narrator
        28！以前的手机显示两百多。哇，好流畅。 # signal: emotional
    - else:
        她点开一集正在追的剧，不到一秒就开始高清播放。 # speaker: narrator
        哇，一点都不转圈。太舒服了。 # signal: emotional
    }
    -> lag_question
* [好的。那我先跟您把月费和条款都讲清楚，让您知道以后每个月具体要花多少钱。 #tip: 她还停留在想象里，亲手试一分钟，比你讲多少都管用]
    好……
    -> lag_question
* [太好了，那我现在就给您换过去吧？在终端上弄一下，一分钟就好。 #close: close-direct #tip: 还没有任何购买信号，她连一个使用上的问题都没问，这时促成会让她觉得是个圈套]
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
* [这个您完全不用担心。在哪儿都一样完美，家里、地铁上，走到哪儿都不会卡，这个我跟您打包票。 #fault: false-promise #tip: 没有哪个网络处处完美，她第一个晚上就能验证的承诺，最后会变成投诉]
    ~ shift(trust, -10)
    打包票？哪里都行？……这么一说我反而有点担心了。
    这里面是不是有什么坑？比如隐藏收费？我室友就被扣过她根本没要的费用。 # raises: hidden-fees
    -> hidden_fees
* [{heard_games:不是哪儿都行。加速通道走的是移动网络，对家里的Wi-Fi不起作用。咱们查查您那条街。|不是哪儿都一样。您那条线大部分5G都不错，但有几段老隧道差一些。我给您看看覆盖图。} #technique: honest-answer #tip: 坦白说出产品做不到的地方，你说的其他话才会让人相信]
    ~ shift(trust, 15)
    {heard_games:这是覆盖图，您输入自己家的地址，亲眼看看。要是您家里室内5G信号好，就用手机流量开着加速通道玩；要是一直连Wi-Fi，加速通道在家里就帮不上忙，加速包随时可以在App里按月退订。|您的地铁线路在覆盖图上大部分都有5G。最老的两段隧道会切回4G，剧还能接着播，只是慢一点。} # speaker: trainee
    谢谢你说实话。别人都跟我说“完美”。
    -> before_price

* [它是基于5G独立组网的网络切片，再加上边缘节点，往返时延能压到20毫秒以下。 #fault: jargon #tip: 她听不懂的术语什么也回答不了，只会让她觉得自己漏掉了什么]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    不好意思，我完全没听懂。
    那合同小字里有没有什么我该注意的？比如收费？ # raises: hidden-fees
    -> hidden_fees
=== before_price ===
* [好的。那接下来咱们一起看看每个月的费用，算一算这些加起来一共要花多少钱。 #tip: 她还有一个没说出口的担心，而随和型客户宁可走人也不好意思问]
    好，不过先问一下……
    这里面有没有什么坑？隐藏收费之类的？我室友在店里办过一个东西，结果被扣了好多她根本没要的费用。 # raises: hidden-fees
    -> hidden_fees

* [说价格之前先讲一句：很多人在手机店最怕隐藏收费，所以我先把里面包含什么给您看清楚。 #technique: objection-preempt #objections: +1 #tip: 提前回答她还没说出口的担心，随和型客户就不用硬着头皮开口问了]
    ~ shift(trust, 10)
    会员就包含在99元里，不是单独订阅的。{heard_games:加速包每月15元，随时可以在App里按月退订。}没有您本人输入的验证码，什么都不会开通，而且会有短信列出每一项。 # speaker: trainee
    哇，这正是我想问的！我室友之前被一个会自动续费的会员扣了好久的钱。好，这下我放心多了。 # raises: hidden-fees # resolved: hidden-fees
    -> price
* [价格方面您也放心，我们是正规授权店，绝对没有任何隐藏收费，一分钱都不会多收您的，真的。 #objections: -1 #tip: 提前处理异议要靠她能核对的事实：包含哪些项目、验证码、短信清单；一句空口的“没有隐藏收费”，哪家店都会说]
    ~ shift(trust, -5)
    当初那家店也是这么跟我室友说的……结果她还是被扣了好多根本没要的费用。真的没有坑吗？ # raises: hidden-fees
    -> hidden_fees
=== hidden_fees ===
{patience <= 15: -> walk_out}
* [我们是正规授权店，根本不会干这种事的。我看您室友多半是签字之前没仔细看清楚吧。 #fault: argue #tip: 证明她错了，连带她室友也错了，你赢了争论，却输了客户]
    ~ shift(trust, -20)
    ~ shift(patience, -20)
    她的笑容僵住了。 # speaker: narrator
    -> walk_out
* [理解，谁都不想账单上突然多出东西。我把每一项和会收到的短信都在屏幕上给您看。 #technique: objection-empathy #tip: 先同理，再把事实白纸黑字摆出来：她得先感到自己的担心是合理的，才听得进你的回答]
    ~ shift(trust, 10)
    会员包含在99元里，不是单独订阅的。{heard_games:加速包每月15元，随时可以在App里按月退订。}没有您本人输入的验证码，什么都不会开通，短信里会列出每一项。 # speaker: trainee
    好。既然短信里都写清楚，我就放心了。 # resolved: hidden-fees
    -> price
* [哎，这个您完全不用担心，大家都在办这个套餐，从来就没有人出过什么问题。 #fault: ignore-objection #tip: “大家都办”回答不了“有没有坑”，她的担心还在，而且会越来越大]
    ~ shift(trust, -15)
    嗯。大家都办……好吧。
    你能不能先把资料发给我？我想回家把内容都看一遍。 # raises: think-at-home
    -> send_info(true)

=== price ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
{heard_games:那就是99加15……一个月114。|那就是一个月99。}我以前的套餐才39。而且我刚花了快三千买手机……感觉好多啊。 # raises: budget
* [理解。那您说说，对您来说哪个更重要：账单越低越好，还是再也不用担心流量不够用？ #technique: reverse-question #tip: 反问找到了她看重的东西，但她手里还没有一个可以抓住的数字：拿她现在的花费按天拆分，才能真正回答她]
    不想流量用完吧……可还是比我计划的多。
    你能不能把资料发给我？我想回家对着自己的预算算一算。 # raises: think-at-home
    -> send_info(true)

* [咱们把您现在实际花的钱算一算，加油包和会员都算上，再看看每天到底多花多少。 #technique: price-daily-split #tip: 先算出她真实的月花费，再算每天多花多少：一个她能想象的数字，而不是一张吓人的账单]
    ~ shift(trust, 5)
    ~ shift(interest, 10)
    {
    - heard_commute + heard_data == 2 && heard_games:
        您现在实际每月大约花94：套餐39，加油包大约30，自己开的会员25。新方案一共114，每月多20块，每天不到7毛钱，换来每月60GB流量、5G、会员和游戏加速通道。 # speaker: trainee
    - heard_commute + heard_data == 2:
        您现在实际每月大约花94：套餐39，加油包大约30，自己开的会员25。新套餐99，每月只多5块，每天不到2毛钱，换来每月60GB流量和5G，会员也包含在内。 # speaker: trainee
    - heard_commute:
        您现在实际每月花64：套餐39，加上自己开的会员25。新方案一共114，每月多50块，每天不到1块7，换来每月60GB流量、5G、会员和游戏加速通道。 # speaker: trainee
    - else:
        您现在实际每月大约花69：套餐39，加油包大约30。新方案一共114，每月多45块，每天1块5，换来每月60GB流量、5G、视频会员和游戏加速通道。 # speaker: trainee
    }
    {heard_commute:哦……这么一算。那我现在自己花钱开的会员就直接包含在里面了？|哦……比我想的少。那以后就不用再买加油包了？} # resolved: budget # signal: verbal
    -> check_price
* [也就114嘛。三千块的手机都买得起，每个月多花这么一点肯定没什么问题。 #fault: disrespect #tip: 拿她攒钱买的手机来衡量她的预算，会让她觉得被评判]
    ~ shift(trust, -20)
    这部手机是我攒了好几个月的钱才买的。我还是先用入门套餐吧。再见。 # outcome: no-sale
    -> END
=== check_price ===
* [没错。那您现在觉得这样算合理吗？还有没有哪里不放心的？ #technique: lscpa-ask #tip: LSCPA的最后一步：在提出成交之前，先确认你的回答真正解决了她的顾虑]
    ~ shift(trust, 5)
    她想了一下，点点头。 # speaker: narrator # signal: physical
    {heard_games:没有了，挺合理的。游戏那个包哪个月不想要都可以退，对吧？好。|没有了，挺合理的。那是马上就生效吗？好。}
    -> close

* [没错。那我现在就直接把它给您的新号码办上吧，好吗？ #close: close-direct #tip: 信号已经出现了，但你跳过了确认她是否对答复满意这一步]
    -> agree
* [没错。而且您今天在我这儿办的话，我还能给您申请首月免费。 #fault: false-promise #tip: 这个套餐根本没有首月免费：你临时编出来的优惠，到第一张账单就会露馅，这次在屏幕上就露馅了]
    ~ shift(trust, -20)
    免费？哦……可是那边屏幕上写着首月是{heard_games:114|99}元啊。我现在都不知道该信什么了。
    -> hesitate
=== close ===
* [要是我的话，今天就定下来了。这个价格明天可不一定还有。 #close: close-urgency #fault: pressure #tip: 不真实的截止时间就是施压，而随和型客户面对压力的反应就是往后退]
    ~ shift(trust, -15)
    明天就没有了？你这么说我反而觉得被催了……
    -> hesitate
* [好嘞。那我现在就给您的新号码办上，周一上班就能用，好吗？ #close: close-direct #tip: 直接促成法：信号明确之后，坦率地提出请求就是对客户的尊重]
    -> agree
* [好嘞。那您是想今天就生效，还是从下个月1号开始生效？ #close: close-either-or #tip: 二选一法：两个答案都是“同意”，她还保留了自己做选择的感觉]
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
* [好了，都办好了！您赶紧去找朋友吧，祝您这部新手机用得开心。 #tip: 不复述一遍，她走的时候不确定自己同意了什么，投诉往往就是这样开始的]
    ~ shift(trust, -5)
    哦。好吧……希望我没选错。
    -> aftercare
* [麻烦您自己输一下验证码。然后我跟您把办了什么再核对一遍，您心里好有数。 #technique: confirm-agreement #tip: 复述约定，让她清清楚楚地知道自己同意了什么再离开]
    ~ shift(trust, 5)
    她自己输入了验证码。 # speaker: narrator
    从今天起是5G青春99：60GB流量、300分钟通话，含视频会员。{heard_games:再加每月15元的游戏加速包，每月一共114元，加速包随时可以在App里按月退订。|每月一共99元。}确认短信马上就到。 # speaker: trainee
    太好了，讲得特别清楚，谢谢你。
    -> aftercare

* [您把短信里的验证码念给我听一下吧，我来帮您输进去，这样快一点。 #fault: privacy-breach #tip: 验证码就是她的签名：工作人员绝不能索要，必须由客户本人输入]
    ~ shift(trust, -15)
    验证码？呃……短信上写着不要告诉任何人。
    她低着头，自己把验证码输了进去。 # speaker: narrator
    -> aftercare
=== aftercare ===
* [您难得来一趟，顺便把租的房子的千兆宽带也一起办了吧，我现在马上就能给您办好。 #fault: pressure #tip: 刚成交就推下一个产品，会让她怀疑刚才那一单到底是为了谁]
    ~ shift(trust, -10)
    呃……不用了，谢谢。今天就办这些吧。
    她拿起手机盒，走得有点急。 # speaker: narrator # outcome: sale
    -> END
* [太谢谢您了！祝您周一的新工作一切顺利，这部新手机也用得开心。 #tip: 道别很温暖，但她走的时候并不知道出了问题该找谁]
    谢谢！拜拜！ # outcome: sale
    -> END

* [还有一件事：流量用到80%会短信提醒您，有问题就给这张名片上的号码发消息。 #technique: after-sale-care #tip: 售后关怀：能找到你的渠道、用量提醒和转介绍优惠，让她成为长期客户，而不只是一单生意]
    ~ shift(trust, 5)
    或者随时来店里找我们。朋友用您的推荐码开卡的话，你们俩各得10GB流量。 # speaker: trainee
    哇，我室友可能也想办！真的谢谢你，你让这件事变得好简单。 # outcome: sale
    -> END
=== send_info(raised) ===
* [没问题，不着急。这是我们所有套餐的宣传单，您拿回去看，想好了随时再过来就行。 #fault: no-next-step #tip: 一张没有时间、没有回访的宣传单，把决定交给了运气，它多半会一直躺在她包里]
    好的，谢谢。
    她把宣传单塞进包里，多半再也不会拿出来。 # speaker: narrator # outcome: no-sale
    -> END
* [没问题。我今天就把方案总结发短信给您，写清总价。周四晚上给您打电话方便吗？ #technique: follow-up-plan #tip: 24小时内发方案，3天内回电：她有时间考虑，你也握住了下一步]
    {raised:
        周四晚上可以。谢谢你没有催我。 # resolved: think-at-home
    - else:
        周四晚上可以。谢谢你。
    }
    她把门店的号码存进了新手机。 # speaker: narrator # outcome: follow-up
    -> END
* [可以是可以，不过您这一走，优惠就不一定还在了。还是今天就办了比较稳妥。 #fault: pressure #tip: 她已经说了想要时间，这时再施压，会把“也许”变成“不要”]
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
