# id: outbound-bundle
# title: 10000号外呼：为忙碌的一家推荐5G+千兆融合套餐
# channel: outbound-call
# product: 5G+千兆宽带融合套餐
# difficulty: 2
# time-limit: 420
# persona: 周先生
# persona-age: 39
# persona-role: 数据分析师，每周两天居家办公
# persona-style: analytical
# persona-tier: mid
# goal: 弄清这一家人的手机和家庭宽带为什么已经不够用，用真实的数字回应他的异议，让周先生办理5G+千兆融合套餐并约好安装时间
# brief: 周航，手机用户8年，尾号6688，无投诉记录
# brief: 套餐：5G 129元套餐，含30GB流量和500分钟通话，每月129元。近三个月流量：34GB、37GB、33GB
# brief: 近三个月购买5次10元流量加油包，全部在周二或周四
# brief: 另有一张每月30元的预付费卡，单独账户，登记在他本人名下
# brief: 未在我司办理家庭宽带。所在小区已覆盖我司光纤网络，可办理千兆
# brief: 预热：6天前已发送融合套餐短信，已读，未回复
# brief: 推荐产品：5G+千兆融合套餐，每月239元：1000M宽带配Wi-Fi 6路由器，60GB流量和1000分钟通话，最多两张免费副卡共享流量，一张账单，免费安装
# brief: 活动：本月30日前下单，首月免费
# need: online-classes, 两个孩子每天晚上同时上网课，视频卡顿
# need: home-office, 他每周二、周四居家办公，视频会议断断续续，大文件上传要四十分钟，只好用手机开热点、买流量加油包
# need: one-bill, 他每个月要核对两家公司的三张账单，希望合成一张
# objection: price, price, 拿239元和自己129元的话费比，觉得套餐让开销几乎翻倍
# objection: contract, contract, 现在的宽带向另一家运营商预付了一年，还剩四个月
INCLUDE ../_lib/customer.ink
VAR bill_known = false

~ trust = 30
~ patience = 45
~ interest = 20

周一，12:35。你在10000号外呼席位拨通了尾号6688的号码。 # speaker: narrator
喂？
-> opening

=== opening ===
* [抱歉打扰，问他有没有几分钟时间听一个优惠活动 #fault: forbidden-opener #tip: “打扰一下”“耽误您几分钟”都是开场白禁用语：既容易招来拒绝，又一开口就暴露了推销意图]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  又是优惠活动。我在午休。你是哪位？
  -> opening_rescue
* [问候，报出公司、部门和自己的姓名，说明本次通话免费，并确认对方是周先生本人 #opening: +1 #technique: opener-standard #tip: 标准开场白：问候语、中国电信、10000号客服中心、个人姓名、免费电话，并在说其他话之前先确认对方身份]
  ~ shift(trust, 5)
  对，我就是。什么事？
  -> permission
* [热情问候，说明身份和通话免费，直接介绍给老客户的家庭优惠 #fault: skip-identity-check #tip: 先确认对方是机主本人，再谈任何与他账户有关的事]
  ~ shift(trust, -5)
  不好意思，您找谁？我是他爱人，他把手机落在桌上了。 # speaker: 周太太
  -> wrong_person

= opening_rescue
* [道歉并重新规范开场：公司、部门、姓名、免费电话，并确认对方是周先生 #technique: opener-standard #tip: 规范的标准开场白仍能挽回糟糕的第一句话，但客户的耐心已经打了折扣]
  是我。说吧，快点。
  -> permission
* [告诉他只占用一分钟，接着介绍宽带加5G的优惠 #fault: premature-pitch #tip: 他刚说了自己在忙，越推越急只会让他挂电话]
  ~ shift(patience, -30)
  没兴趣。再见。 # outcome: hang-up
  -> END

= wrong_person
* [谢谢她，为没有先确认身份致歉，说明这涉及他本人的账户，会另找合适的时间再打给他 #technique: protect-privacy #conduct: +1 #tip: 账户事宜只与机主本人沟通；对家人不多透露，就是保护客户的个人信息]
  ~ shift(trust, 5)
  你们还挺规范的。他出去吃午饭了，六点以后再打吧，那时他在家。 # speaker: 周太太 # outcome: follow-up
  -> END
* [告诉她这个优惠本来就是给全家的，顺便讲了他的129元套餐、流量加油包和融合套餐的价格 #fault: privacy-breach #tip: 把客户的套餐和使用情况讲给别人听，不管对方是谁，都违反《个人信息保护法》]
  ~ shift(trust, -30)
  你把他的账户情况告诉我？这样不合规吧。我会跟他说你打过电话。 # speaker: 周太太 # outcome: hang-up
  -> END

=== permission ===
* [感谢他八年来的支持，说明想看看家里的手机和宽带怎样搭配更合适，并请示能否先问两三个简单的问题 #technique: opener-please #technique: four-layer-permission #tip: 真诚感谢老客户的支持，能为你赢得下一分钟；提问之前先请示，是四层提问的第一层]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  八年了？这么久了啊。行，你问吧。简短点。
  -> information
* [提起他上周看过的那条短信：5G+千兆融合套餐每月239元，问他要不要今天就帮他办上 #fault: premature-pitch #close: close-direct #tip: 一个问题都没问就提出办理，既是过早推销，也是在没有任何购买信号时促成]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  办上？你连我家什么情况都不知道。
  -> pitch_rescue

= pitch_rescue
* [承认确实不了解，请示能否问几个关于家里怎么用手机和网络的问题，看看这个套餐到底适不适合他 #technique: four-layer-permission #tip: 承认自己操之过急并请示提问，能把通话拉回到对话上来]
  嗯。好吧，两分钟。
  -> information
* [告诉他优惠30日就截止，最好现在就决定 #fault: pressure #tip: 对方还没听到这个优惠为什么适合他，就用截止日期施压，是过度推销]
  ~ shift(patience, -30)
  那就让它截止吧，跟我没关系。再见。 # outcome: hang-up
  -> END

=== information ===
{patience <= 10: -> hang_up}
* [继续之前，请他报一下身份证号码和家庭住址以便登记 #fault: privacy-breach #tip: 电话是你打的，客户资料你手上也有；让客户在电话里报身份证号，听起来就像诈骗电话]
  ~ shift(trust, -30)
  你打给我，还要我的身份证号？听着像诈骗电话。再见。 # outcome: hang-up
  -> END
* [问家里有哪些人在用网络，现在用的是什么家庭宽带 #technique: four-layer-information #tip: 信息层：先了解家庭的基本情况，再去找问题]
  ~ shift(trust, 5)
  家里四口人。我爱人，女儿十二岁，儿子八岁。宽带是另一家的100兆，一年600，预付的。手机都是你们的。
  -> problem

=== problem ===
{patience <= 10: -> hang_up}
* [问他晚上四个人同时上网时，100兆的宽带够不够用 #technique: four-layer-problem #tip: 问题层：需求从不满开始，问问现在的服务在哪里让他们失望]
  ~ shift(interest, 10)
  既然你问了：不太行。两个孩子晚上七点到九点都上网课，两节课一起上的时候，小的那个视频就卡，每天晚上都为抢网吵架。 # reveals: online-classes
  -> implication
* [说家里有两个孩子，肯定整天盯着屏幕，问他们是不是上网时间太长 #fault: intrusive-question #tip: 打听他怎么管孩子，既伤自尊，也与这通电话无关]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  我孩子怎么安排时间是我家的事。
  -> problem_rescue

= problem_rescue
{patience <= 10: -> hang_up}
* [道歉，说这不该由你来问，改问家里人同时上网时网络能不能跟上 #technique: four-layer-problem #tip: 及时道歉，把问题从家庭转回服务本身，就能回到正轨]
  ~ shift(interest, 5)
  不太能。两个孩子七点到九点都上网课，姐姐的课一开，弟弟的视频就卡。 # reveals: online-classes
  -> implication
* [解释说你只是想说现在的孩子需要快的网络，而这正是融合套餐能给的 #fault: argue #tip: 解释自己的问题没毛病，等于说他不该介意]
  ~ shift(patience, -20)
  我知道你什么意思。我还有事，挂了。 # outcome: hang-up
  -> END

=== implication ===
{patience <= 10: -> hang_up}
* [说这确实让人头疼，千兆能解决，然后提出给他介绍套餐 #discovery: -1 #tip: 停在第一个问题上，会错过更大的问题；一个暗示问题就能让他看到卡顿的真实代价]
  那你说吧。
  -> present
* [问网课一卡会带来什么后果，对孩子、对家里其他人有什么影响 #technique: spin-implication #tip: 暗示问题：让他自己估量后果，小麻烦就变成了实实在在的代价]
  ~ shift(interest, 10)
  老师会记他掉线。而且我也受影响：我周二、周四在家办公，孩子们一上网，我的视频会议就断断续续，只好用手机开热点，所以老买加油包。月底传报表要四十分钟。 # reveals: home-office
  -> payoff

=== payoff ===
{patience <= 10: -> hang_up}
* [问他网速快一点是不是就都解决了 #discovery: -1 #tip: 引导式的是非题只能换来敷衍；开放式的需求效益问题能让他自己说出解决方案值多少、要满足什么条件]
  大概吧。看多少钱。
  -> present
* [问他如果孩子们的网课和他的工作会议能同时顺畅进行，也不用再买加油包，这对他值多少，解决方案又要满足什么条件 #technique: four-layer-solution #technique: spin-need-payoff #tip: 解决问题层和需求效益问题：让他说出价值和条件，他就替你写好了介绍的提纲]
  ~ shift(interest, 10)
  ~ bill_known = true
  那挺值的。不吵架，不买加油包。但总花费得更少，不能更多。最好还是一张账单。我每个月要对两家公司的三张账单，我自己就是天天做表格的。 # reveals: one-bill
  -> present

=== present ===
{patience <= 10: -> hang_up}
* [列出套餐包含的内容：千兆光纤、Wi-Fi 6路由器、60GB流量、1000分钟、两张副卡、免费安装、视频会员优惠 #fault: feature-dump #tip: 罗列与他说过的需求无关的功能，等于让他自己去琢磨这些跟他家有什么关系]
  ~ shift(patience, -10)
  这是念产品目录。对我们家有什么用？还有，我们每个人真能用上一千兆吗？
  -> speed
* [用FABE介绍：千兆光纤，是他现在100兆的十倍，上行最高100兆，所以两个孩子的网课{payoff:和他的视频会议}能同时进行{payoff:，四十分钟的上传几分钟就能完成}；他所在小区晚高峰实测平均超过600兆 #technique: fabe #tip: 特征、优势、利益、证据，每一条都对应他说过的话；分析型客户最看重证据]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  嗯，这才是像样的数字。不过我们每个人真能用上一千兆吗？
  -> speed

=== speed ===
{patience <= 10: -> hang_up}
* [如实回答：一千兆是入户带宽；通过Wi-Fi 6，新笔记本一般能到400到700兆，旧手机更低；而一节视频网课不到10兆，四个人同时用绰绰有余 #technique: honest-answer #tip: 用数字坦白产品做不到什么，分析型客户才会相信你说的其他内容]
  ~ shift(trust, 10)
  好。回答得实在，还有数字。
  -> price
* [向他保证每台设备都能跑满1000兆，绝对保证 #fault: false-promise #tip: 没人能保证每台设备通过Wi-Fi都跑满1000兆；他心里清楚，现在他会怀疑你说的一切]
  ~ shift(trust, -20)
  保证？走Wi-Fi？Wi-Fi可不是这么回事。我现在开始怀疑你还有哪些话不是真的了。
  -> price

=== price ===
{patience <= 10: -> hang_up}
这就是你们上周短信里那个每月239的套餐吧？我现在每月才129，这几乎翻了一倍。 # raises: price
* [插话解释说并没有翻倍，因为包含了宽带 #fault: interrupt #tip: LSCPA第一步是倾听；插话等于告诉他，他算的账你不在乎]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  让我说完。每月多110，一年就是1320。就为了网快一点，这可不少。
  -> price_clarify
* [让他说完，然后请他接着讲：他是拿239和什么比的？ #technique: lscpa-listen #tip: 倾听：让异议完整地说出来再回应；你需要的是他自己的数字]
  ~ shift(trust, 5)
  跟我的话费比，129。每月多110，一年就是1320。就为了网快一点，这可不少。
  -> price_clarify

= price_clarify
{patience <= 10: -> hang_up}
* [告诉他这个套餐非常划算，大多数家庭在别处花得多得多 #objections: -1 #tip: 说别人家怎样，分析型客户没法核实，听起来像敷衍]
  ~ shift(trust, -10)
  大多数家庭？我问的是我的钱，不是别人的。给我数字：跟我现在花的比，差多少。
  -> price_compare
* [说算清楚是对的，换了你也会算，然后问他除了129，家里每个月在手机和网络上还花了哪些钱 #technique: lscpa-share #technique: lscpa-clarify #tip: 先分担他的顾虑，再澄清：他拿一张账单去比一个能替代三张账单的套餐]
  ~ shift(trust, 5)
  嗯。宽带每月50。女儿的预付费卡30。还有那些加油包，平均大概17。
  {not bill_known:
    这么一说，两家公司三张账单。我每个月都得对一遍。 # reveals: one-bill
    ~ bill_known = true
  }
  -> price_present

= price_present
{patience <= 10: -> hang_up}
* [把数字并排摆出来：129加50加30，再加大约17的加油包，三张账单共226；融合套餐一张账单239，每月只多13元，每天不到五毛钱，换来十倍网速、双倍流量，不用再买加油包 #technique: lscpa-present #technique: present-comparison #technique: price-daily-split #tip: 陈述：用他自己的数字做同口径对比，再把这点差价分解到每天]
  ~ shift(trust, 10)
  ~ shift(interest, 5)
  我算一下。129、50、30、17。对，226。那就是每月多13。
  -> price_ask
* [告诉他239一个月，每天还不到8块钱，什么都包括了 #technique: price-daily-split #tip: 把整个月费而不是差价分解到每天，对自己会算账的客户来说像是话术套路]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  按天算是推销的套路。239就是239。关键是跟我现在花的比差多少。
  -> price_compare

= price_compare
{patience <= 10: -> hang_up}
* [告诉他这个套餐绝对物有所值，装上就知道了 #fault: ignore-objection #tip: 他要的是和现在花费的差额；不给出来，异议就一直摆在那里]
  ~ shift(trust, -10)
  那我就算了，谢谢。再见。 # outcome: no-sale
  -> END
* [给出差额：现在三张账单226，融合套餐一张账单239，每月多13元，换来十倍网速、双倍流量，不用再买加油包 #technique: lscpa-present #technique: present-comparison #tip: 对比介绍法：用他自己的数字并排对比，回答他真正问的问题]
  ~ shift(trust, 5)
  这还差不多。129、50、30、17。对，226。那就是每月多13。
  -> price_ask

= price_ask
{patience <= 10: -> hang_up}
{trust <= 20: -> no_trust}
* [问他这样是否解答了他对价格的顾虑，还有没有哪个数字需要你再核对 #technique: lscpa-ask #tip: 要求确认：他的确认才算真正解决了异议，这往往也是第一个购买信号]
  ~ shift(trust, 5)
  解答了。数字没问题，价格不是问题。 # resolved: price
  -> contract
* [就当他同意了，直接问现在要不要预约安装 #close: close-direct #tip: 他还没有发出购买信号；他认可的是一个数字，不是购买]
  ~ shift(patience, -10)
  别急。数字没问题，但我还什么都没答应。 # resolved: price
  -> contract

=== contract ===
{patience <= 10: -> hang_up}
{trust < 40: -> not_convinced}
不过有个麻烦。我给另一家宽带预付了一年，还剩四个月。宽带我可不想付两份钱。 # raises: contract
* [告诉他也就200块左右，为了千兆，换了你就不计较了 #fault: pressure #tip: 劝客户放弃自己的钱是过度推销；他的200块值不值，由他自己决定]
  ~ shift(trust, -10)
  ~ shift(patience, -15)
  那是我的200块，计不计较我自己决定。把对比用书面发给我，我考虑考虑。
  -> send_details
* [认同他不该付两份钱，然后提出错开时间：现在下单，等他预付的一年到期那周再上门安装，在此之前他照常按129元付费 #technique: objection-empathy #tip: 先同理，再给出一个消除重叠费用的办法，而不是跟他争]
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  哦。那就完全没有重叠了。 # resolved: contract
  -> signals
* [向他保证，他预付给另一家的钱我们全额退给他 #fault: false-promise #tip: 你没法退还别家公司的费用；分析型客户会去核实，一句落空的承诺就断送了信任]
  ~ shift(trust, -15)
  你们退另一家公司的钱？那得写成书面的。我看你们做不到。
  -> contract_retract

= contract_retract
{trust <= 20: -> no_trust}
* [坦诚更正：我们没法退还别家的费用，但可以把安装安排在他预付一年到期的那一周，在此之前他照常按129元付费 #technique: honest-answer #tip: 立刻收回错误的承诺，代价远比让他自己发现要小]
  ~ shift(trust, 5)
  这样更正倒是诚实。好，这样可以。 # resolved: contract
  那我女儿的卡能马上加进来吗？ # signal: verbal
  -> close
* [说你会向主管确认，再把详细情况书面发给他 #follow-up: +1 #tip: 书面确认也许能挽回这通电话，但那句虚假承诺的阴影还在]
  你先确认吧。到时候再说。 # outcome: follow-up
  -> END

= send_details
* [再推一把：首月免费只到30日，他最好今天就定 #fault: pressure #tip: 他已经要求书面资料了；再推一把，“也许”就变成了“不要”]
  ~ shift(patience, -30)
  我说了我考虑考虑。再见。 # outcome: hang-up
  -> END
* [答应下来并确认安排：今天短信发书面对比，周三晚上回电解答疑问，并做好备注，期间不会有其他人再打扰他 #technique: follow-up-plan #technique: confirm-agreement #tip: 客户要时间考虑时，一个具体的跟进计划能让机会保持下去]
  ~ shift(trust, 5)
  周三晚上可以。发过来吧。 # outcome: follow-up
  -> END

=== signals ===
（笑）我爱人肯定高兴，晚上不用再排队用Wi-Fi了。 # signal: emotional
那我女儿的卡能马上加进来吗？ # signal: verbal
-> close

=== close ===
{patience <= 10: -> hang_up}
{trust < 65: -> not_convinced}
* [说可以，下单当天就能加，并说会把详细资料短信发给他，让他再考虑考虑 #fault: no-close #tip: 他问女儿的卡怎么加进来，这是购买信号，你却让它溜走了]
  行，发过来吧。 # outcome: follow-up
  -> END
* [说可以，下单当天就能加；如果不想等四个月，本月30日前下单首月免费，省下239，比旧宽带剩下的200还多，所以现在安装也不会多花钱；问他要不要现在就下单 #close: close-urgency #technique: incentive #tip: 真实的截止日期，加上正好抵掉重叠费用的首月免费：紧迫感建立在他自己的数字上]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  免费的那个月正好抵掉重叠的费用。账你都陪我算清楚了。好，就办吧。 # signal: verbal
  -> slot
* [告诉他小区里的人都在换，他可不想当最后一个，现在就办吧 #fault: pressure #tip: 从众压力代替不了他自己的理由，这位客户只看数字]
  ~ shift(trust, -15)
  邻居办不办跟我没关系。我考虑考虑吧。再见。 # outcome: no-sale
  -> END
* [说可以，下单当天就能加，并问他要不要现在就帮他下单 #close: close-direct #tip: 信号明确后直接促成是可以的；但一个真实的截止日期或优惠，能给他现在就装的理由]
  ~ shift(interest, 5)
  好，办吧。四个月我也不想等了。
  -> slot

=== slot ===
* [问他什么时候方便安装 #tip: 开放式问题也行，但二选一更容易让他做决定，也默认了他已经同意]
  周六上午吧。
  -> confirm
* [问他工程师这周六上午来还是周日下午来 #close: close-either-or #tip: 二选一法：两个答案都是同意，决定就变得具体了]
  ~ shift(trust, 5)
  周六上午。最好趁孩子们还没起床。
  -> confirm

=== confirm ===
* [说都办好了，祝他下午愉快 #fault: no-next-step #tip: 他刚刚下了单；应复述他办了什么、工程师什么时候上门、怎么确认订单]
  办好了什么？算了，给我发个书面的吧。 # outcome: sale
  -> END
* [请他报一下身份证号和家庭住址来完成下单 #fault: privacy-breach #tip: 订单通过短信验证码或APP确认；在电话里报身份证号会暴露他的个人信息]
  ~ shift(trust, -10)
  电话里不行。把订单发短信给我，我自己确认。 # outcome: sale
  -> END
* [致谢并确认：239元融合套餐，首月免费，女儿的卡作为免费副卡，工程师周六上午9点到11点上门；他回复短信验证码即可确认订单，不用在电话里报身份证号；周一你会回电确认网速 #technique: confirm-agreement #technique: protect-privacy #technique: after-sale-care #tip: 致谢、复述约定、安全确认、说明下一步：结束语和成交一样干净利落]
  ~ shift(trust, 5)
  {
  - opening.opening_rescue: 清楚完整。开头不怎么样，但最后办得不错。谢谢。 # outcome: sale
  - trust >= 95: 清楚完整。谢谢，这是我这些年接到的最有用的推销电话。 # outcome: sale
  - else: 清楚完整。谢谢。 # outcome: sale
  }
  -> END

=== not_convinced ===
数字看着没错，但你说的一两件事我得核实一下。先书面发给我。
-> contract.send_details

=== no_trust ===
我听得差不多了，谢谢。我自己去你们网站上看吧。再见。 # outcome: no-sale
-> END

=== hang_up ===
算了，一个午休听这些够了。再见。 # outcome: hang-up
-> END
