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
VAR promised_saving = false

~ trust = 30
~ patience = 45
~ interest = 20

周一，12:35。你在10000号外呼席位拨通了尾号6688的号码。 # speaker: narrator
喂？
-> opening

=== opening ===
* [您好，不好意思打扰您一下，能耽误您几分钟时间吗？我们这个月有个特别优惠活动，想给您介绍一下。 #fault: forbidden-opener #tip: “打扰一下”“耽误您几分钟”都是开场白禁用语：既容易招来拒绝，又一开口就暴露了推销意图]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  又是优惠活动。我在午休。你是哪位？
  -> opening_rescue
* [您好，我是中国电信10000号客服中心的小林，这个电话对您是免费的。请问是周先生本人吗？ #opening: +1 #technique: opener-standard #tip: 标准开场白：问候语、中国电信、10000号客服中心、个人姓名、免费电话，并在说其他话之前先确认对方身份]
  ~ shift(trust, 5)
  对，我就是。什么事？
  -> permission
* [您好！我是中国电信10000号的小林，免费电话。我们现在给老客户推出了一个家庭优惠。 #fault: skip-identity-check #tip: 先确认对方是机主本人，再谈任何与他账户有关的事]
  ~ shift(trust, -5)
  不好意思，您找谁？我是他爱人，他把手机落在桌上了。 # speaker: 周太太
  -> wrong_person

= opening_rescue
* [不好意思，我重新说一下。我是中国电信10000号客服中心的小林，免费电话。请问您是周先生吗？ #technique: opener-standard #tip: 规范的标准开场白仍能挽回糟糕的第一句话，但客户的耐心已经打了折扣]
  是我。说吧，快点。
  -> permission
* [就占用您一分钟！千兆宽带加5G合成一张账单，现在办理首月还免费，真的特别划算。 #fault: premature-pitch #tip: 他刚说了自己在忙，越推越急只会让他挂电话]
  ~ shift(patience, -30)
  没兴趣。再见。 # outcome: hang-up
  -> END

= wrong_person
* [啊，不好意思，是我没先确认。这是周先生本人账户的事，我换个时间再打给他，谢谢您。 #technique: protect-privacy #conduct: +1 #tip: 账户事宜只与机主本人沟通；对家人不多透露，就是保护客户的个人信息]
  ~ shift(trust, 5)
  你们还挺规范的。他出去吃午饭了，六点以后再打吧，那时他在家。 # speaker: 周太太 # outcome: follow-up
  -> END
* [没关系，这个本来就是全家用的。他现在是129元套餐，还老买加油包，换239的融合套餐正合适。 #fault: privacy-breach #tip: 把客户的套餐和使用情况讲给别人听，不管对方是谁，都违反《个人信息保护法》]
  ~ shift(trust, -30)
  你把他的账户情况告诉我？这样不合规吧。我会跟他说你打过电话。 # speaker: 周太太 # outcome: hang-up
  -> END

=== permission ===
* [周先生，感谢您八年来一直用我们的服务。想帮您看看家里的手机和宽带现在还合不合适，能先问您两三个简单的问题吗？ #technique: opener-please #technique: four-layer-permission #tip: 真诚感谢老客户的支持，能为你赢得下一分钟；提问之前先请示，是四层提问的第一层]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  八年了？这么久了啊。行，你问吧。简短点。
  -> information
* [您上周看过我们那条短信吧？5G加千兆的融合套餐，一个月239元。要不我今天就直接帮您办上？ #fault: premature-pitch #close: close-direct #tip: 一个问题都没问就提出办理，既是过早推销，也是在没有任何购买信号时促成]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  办上？你连我家什么情况都不知道。
  -> pitch_rescue
* [我打这个电话，是想帮您把全家的手机和宽带合成一张账单，每个月还能给家里省一笔钱。能问问您家里平时是怎么用网的吗？ #fault: false-promise #tip: 引起兴趣这个切入点没错，但你还没看过他的账单：算下来融合套餐每月反而多13元，承诺省钱就是一句兑现不了的承诺]
  ~ shift(interest, 5)
  ~ shift(trust, -5)
  ~ promised_saving = true
  给我们省钱？你连我们现在花多少都不知道。行吧，你说，简短点。
  -> information

= pitch_rescue
* [您说得对，我确实还不了解。能问您几个家里用手机和上网的问题吗？看看这个套餐到底适不适合您。 #technique: four-layer-permission #tip: 承认自己操之过急并请示提问，能把通话拉回到对话上来]
  嗯。好吧，两分钟。
  -> information
* [我理解。不过首月免费只到30号，过了就没有了，所以您最好还是趁现在赶紧定下来。 #fault: pressure #tip: 对方还没听到这个优惠为什么适合他，就用截止日期施压，是过度推销]
  ~ shift(patience, -30)
  那就让它截止吧，跟我没关系。再见。 # outcome: hang-up
  -> END

=== information ===
{patience <= 10: -> hang_up}
* [好的，谢谢。继续之前，麻烦您先报一下身份证号码和家庭住址，我这边登记一下。 #fault: privacy-breach #tip: 电话是你打的，客户资料你手上也有；让客户在电话里报身份证号，听起来就像诈骗电话]
  ~ shift(trust, -30)
  你打给我，还要我的身份证号？听着像诈骗电话。再见。 # outcome: hang-up
  -> END
* [好的，谢谢。家里平时有几个人上网？现在用的是哪家的宽带，网速多少？ #technique: four-layer-information #tip: 信息层：先了解家庭的基本情况，再去找问题]
  ~ shift(trust, 5)
  家里四口人。我爱人，女儿十二岁，儿子八岁。宽带是另一家的100兆，一年600，预付的。手机都是你们的。
  -> problem

=== problem ===
{patience <= 10: -> hang_up}
* [那到了晚上，四个人同时上网的时候，100兆的宽带用起来怎么样？ #technique: four-layer-problem #tip: 问题层：需求从不满开始，问问现在的服务在哪里让他们失望]
  ~ shift(interest, 10)
  既然你问了：不太行。两个孩子晚上七点到九点都上网课，两节课一起上的时候，小的那个视频就卡，每天晚上都为抢网吵架。 # reveals: online-classes
  -> implication
* [家里两个孩子，肯定整天抱着平板吧？您觉不觉得他们上网时间太长了？ #fault: intrusive-question #tip: 打听他怎么管孩子，既伤自尊，也与这通电话无关]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  我孩子怎么安排时间是我家的事。
  -> problem_rescue
* [四口人才用100兆？我们的千兆快十倍，要不我先给您介绍一下？ #fault: premature-pitch #tip: 快十倍只有在网慢的时候才有意义，而你还没问；一个问题都没问就推销，就是过早推销]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  快十倍又怎样？你都还没问我网慢不慢。
  -> problem_rescue

= problem_rescue
{patience <= 10: -> hang_up}
* [您说得对，不好意思。我换个问法：晚上家里人同时上网的时候，网络跟得上吗？ #technique: four-layer-problem #tip: 及时道歉，把问题从家庭转回服务本身，就能回到正轨]
  ~ shift(interest, 5)
  不太能。两个孩子七点到九点都上网课，姐姐的课一开，弟弟的视频就卡。 # reveals: online-classes
  -> implication
* [我只是说，现在一家四口，100兆肯定不够用了，我就这个意思。 #fault: argue #tip: 解释自己没说错，等于说他不该介意]
  ~ shift(patience, -20)
  我家需要什么我自己清楚。我还有事，挂了。 # outcome: hang-up
  -> END

=== implication ===
{patience <= 10: -> hang_up}
* [那确实挺闹心的。换了千兆马上就能解决，要不我给您介绍一下这个套餐？ #discovery: -1 #tip: 停在第一个问题上，会错过更大的问题；一个暗示问题就能让他看到卡顿的真实代价]
  那你说吧。
  -> present
* [网课一卡成这样，会带来什么影响？对孩子，对家里其他人呢？ #technique: spin-implication #tip: 暗示问题：让他自己估量后果，小麻烦就变成了实实在在的代价]
  ~ shift(interest, 10)
  老师会记他掉线。而且我也受影响：我周二、周四在家办公，孩子们一上网，我的视频会议就断断续续，只好用手机开热点，所以老买加油包。月底传报表要四十分钟。 # reveals: home-office
  -> payoff
* [要是两个孩子的网课能同时顺畅地上，这对您来说值多少？ #technique: spin-need-payoff #discovery: -1 #tip: 需求效益问题很有力，但紧跟在第一个问题后面问，就跳过了暗示问题：你没弄清卡顿让他付出了什么，也没听到他自己的工作会议]
  ~ shift(interest, 5)
  晚上能清静点。值肯定是值的，得看多少钱。
  -> present

=== payoff ===
{patience <= 10: -> hang_up}
* [那换个快一点的宽带，这些问题应该就都解决了，对吧，周先生？ #discovery: -1 #tip: 引导式的是非题只能换来敷衍；开放式的需求效益问题能让他自己说出解决方案值多少、要满足什么条件]
  大概吧。看多少钱。
  -> present
* [要是网课和会议能同时顺畅，也不用买加油包，这对您值多少？得满足什么条件？ #technique: four-layer-solution #technique: spin-need-payoff #tip: 解决问题层和需求效益问题：让他说出价值和条件，他就替你写好了介绍的提纲]
  ~ shift(interest, 10)
  ~ bill_known = true
  那挺值的。不吵架，不买加油包。但总花费得更少，不能更多。最好还是一张账单。我每个月要对两家公司的三张账单，我自己就是天天做表格的。 # reveals: one-bill
  -> present

=== present ===
{patience <= 10: -> hang_up}
* [这个套餐包含千兆光纤、Wi-Fi 6路由器、60GB流量、1000分钟通话、两张免费副卡、免费安装，还有视频会员优惠。 #fault: feature-dump #tip: 罗列与他说过的需求无关的功能，等于让他自己去琢磨这些跟他家有什么关系]
  ~ shift(patience, -10)
  这是念产品目录。对我们家有什么用？还有，我们每个人真能用上一千兆吗？
  -> speed
* [千兆是您现在100兆的十倍，上行最高100兆，两个孩子的网课{payoff:和您的会议}能同时上{payoff:，四十分钟的上传几分钟就完}。您小区晚高峰实测平均超过600兆。 #technique: fabe #tip: 特征、优势、利益、证据，每一条都对应他说过的话；分析型客户最看重证据]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  嗯，这才是像样的数字。不过我们每个人真能用上一千兆吗？
  -> speed

=== speed ===
{patience <= 10: -> hang_up}
* [不是每台都能到。一千兆是入户带宽，走Wi-Fi 6新笔记本一般400到700兆，旧手机更低；一节网课不到10兆，四个人同时用绰绰有余。 #technique: honest-answer #tip: 用数字坦白产品做不到什么，分析型客户才会相信你说的其他内容]
  ~ shift(trust, 10)
  好。回答得实在，还有数字。
  -> price
* [能，每台设备都能跑满一千兆，手机电脑都一样。配了Wi-Fi 6路由器，这个我们打包票，以后家里谁都不用再等网了。 #fault: false-promise #tip: 没人能保证每台设备通过Wi-Fi都跑满1000兆；他心里清楚，现在他会怀疑你说的一切]
  ~ shift(trust, -20)
  保证？走Wi-Fi？Wi-Fi可不是这么回事。我现在开始怀疑你还有哪些话不是真的了。
  -> price

=== price ===
{patience <= 10: -> hang_up}
{promised_saving:
  你一开始说能给我们省钱，那咱们就看看。
}
这就是你们上周短信里那个每月239的套餐吧？我现在每月才129，这几乎翻了一倍，说实话…… # raises: price
* [其实没有翻倍，因为239里面已经把宽带也包含进去了。 #fault: interrupt #tip: LSCPA第一步是倾听；插话等于告诉他，他算的账你不在乎]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  让我说完。每月多110，一年就是1320。就为了网快一点，这可不少。
  -> price_clarify
* [您接着说，我听着。您是拿239跟什么比的？ #technique: lscpa-listen #tip: 倾听：让异议完整地说出来再回应；你需要的是他自己的数字]
  ~ shift(trust, 5)
  跟我的话费比，129。每月多110，一年就是1320。就为了网快一点，这可不少。
  -> price_clarify

= price_clarify
{patience <= 10: -> hang_up}
* [我知道听着不少，但这个套餐真的很划算，大多数家庭在别家花得比这多多了。 #objections: -1 #tip: 说别人家怎样，分析型客户没法核实，听起来像敷衍]
  ~ shift(trust, -10)
  大多数家庭？我问的是我的钱，不是别人的。给我数字：跟我现在花的比，差多少。
  -> price_compare
* [是得算清楚，换我也会算。除了这129，家里每个月在手机和网络上还有哪些花销？ #technique: lscpa-share #technique: lscpa-clarify #tip: 先分担他的顾虑，再澄清：他拿一张账单去比一个能替代三张账单的套餐]
  ~ shift(trust, 5)
  嗯。宽带每月50。女儿的预付费卡30。还有那些加油包，平均大概17。
  {not bill_known:
    这么一说，两家公司三张账单。我每个月都得对一遍。 # reveals: one-bill
    ~ bill_known = true
  }
  -> price_present
* [我先问您一句：对您来说，是每月省下这110块重要，还是晚上全家上网都顺顺当当重要？ #technique: reverse-question #fault: ignore-objection #tip: 反问转化本是好方法，但在这里等于认了他“每月多110”的前提；应该先澄清，因为他拿一张账单去比能替代三张账单的套餐]
  ~ shift(trust, -5)
  当然两样都重要。而且你这么问，等于承认每月多110。到底是不是？
  -> price_compare

= price_present
{patience <= 10: -> hang_up}
* [129加50加30，再加17左右的加油包，三张账单226；融合套餐一张239，每月只多13，一天不到五毛，网速快十倍。 #technique: lscpa-present #technique: present-comparison #technique: price-daily-split #tip: 陈述：用他自己的数字做同口径对比，再把这点差价分解到每天]
  ~ shift(trust, 10)
  ~ shift(interest, 5)
  我算一下。129、50、30、17。对，226。那就是每月多13。
  {promised_saving:
    这么说根本没省钱，跟你开头说的不一样。不过多13块我还能接受。
    ~ shift(trust, -10)
  }
  -> price_ask
* [您这么算：239一个月，平均一天还不到8块钱，宽带、手机、副卡、流量、通话，全都包括在里面了。 #technique: price-daily-split #tip: 把整个月费而不是差价分解到每天，对自己会算账的客户来说像是话术套路]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  按天算是推销的套路。239就是239。关键是跟我现在花的比差多少。
  -> price_compare

= price_compare
{patience <= 10: -> hang_up}
* [周先生，我跟您保证，这个钱真的绝对花得值。等装上以后，孩子们每天晚上上课再也不卡了，您自己就能真正体会到这个好处。 #fault: ignore-objection #tip: 他要的是和现在花费的差额；不给出来，异议就一直摆在那里]
  ~ shift(trust, -10)
  那我就算了，谢谢。再见。 # outcome: no-sale
  -> END
* [按您账户上的和您刚说的：129，宽带50，那张卡30，加油包17左右，三张账单226；这个一张239，只多13。 #technique: lscpa-present #technique: present-comparison #tip: 对比介绍法：用他自己的数字并排对比，回答他真正问的问题]
  ~ shift(trust, 5)
  这还差不多。129、50、30、17。对，226。那就是每月多13。
  {promised_saving:
    这么说根本没省钱，跟你开头说的不一样。
    ~ shift(trust, -10)
  }
  -> price_ask

= price_ask
{patience <= 10: -> hang_up}
{trust <= 20: -> no_trust}
* [这样算下来，价格上的顾虑解决了吗？还有哪个数字需要我再帮您核对一下？ #technique: lscpa-ask #tip: 要求确认：他的确认才算真正解决了异议，这往往也是第一个购买信号]
  ~ shift(trust, 5)
  解答了。数字没问题，价格不是问题。 # resolved: price
  -> contract
* [那太好了，每个月才多13块，什么都有了。那我现在就帮您把上门安装约上吧？ #close: close-direct #tip: 他还没有发出购买信号；他认可的是一个数字，不是购买]
  ~ shift(patience, -10)
  别急。数字没问题，但我还什么都没答应。 # resolved: price
  -> contract

=== contract ===
{patience <= 10: -> hang_up}
{trust < 40: -> not_convinced}
不过有个麻烦。我给另一家宽带预付了一年，还剩四个月。宽带我可不想付两份钱。 # raises: contract
* [也就剩200块左右。为了快十倍的网速，换我就不计较这点钱了，大家一般都这么办。 #fault: pressure #tip: 劝客户放弃自己的钱是过度推销；他的200块值不值，由他自己决定]
  ~ shift(trust, -10)
  ~ shift(patience, -15)
  那是我的200块，计不计较我自己决定。把对比用书面发给我，我考虑考虑。
  -> send_details
* [确实不该付两份钱。咱们错开时间：现在下单，等您那边一年到期那周再上门装，之前照常按129交。 #technique: objection-empathy #tip: 先同理，再给出一个消除重叠费用的办法，而不是跟他争]
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  哦。那就完全没有重叠了。 # resolved: contract
  -> signals
* [这个您放心，您之前预付给另一家的宽带费，我们全额退给您，现在转过来，保证一分钱都不会让您吃亏的。 #fault: false-promise #tip: 你没法退还别家公司的费用；分析型客户会去核实，一句落空的承诺就断送了信任]
  ~ shift(trust, -15)
  你们退另一家公司的钱？那得写成书面的。我看你们做不到。
  -> contract_retract

= contract_retract
{trust <= 20: -> no_trust}
* [您说得对，是我说错了，别家的费用我们退不了。但可以等您那边到期那周再装，之前照常按129交。 #technique: honest-answer #tip: 立刻收回错误的承诺，代价远比让他自己发现要小]
  ~ shift(trust, 5)
  至少你肯认错。好，这样可以。 # resolved: contract
  那我女儿的卡能马上加进来吗？ # signal: verbal
  -> close
* [这个我先跟主管确认一下，再把详细情况书面发给您，您看过以后我们再约时间聊。 #follow-up: +1 #tip: 书面确认也许能挽回这通电话，但那句虚假承诺的阴影还在]
  你先确认吧。到时候再说。 # outcome: follow-up
  -> END

= send_details
* [好的。不过提醒您一下，首月免费只到30号，要是我的话，今天就定下来，免得到时候错过了。 #fault: pressure #tip: 他已经要求书面资料了；再推一把，“也许”就变成了“不要”]
  ~ shift(patience, -30)
  我说了我考虑考虑。再见。 # outcome: hang-up
  -> END
* [好的。今天先把对比短信发给您，周三晚上再给您回电话，我也备注好，这期间不会有别人再打扰您。 #technique: follow-up-plan #technique: confirm-agreement #tip: 客户要时间考虑时，一个具体的跟进计划能让机会保持下去]
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
* [可以，下单当天就能加。我现在先把详细资料短信发给您，您晚上跟爱人商量商量，想好了再联系我。 #fault: no-close #tip: 他问女儿的卡怎么加进来，这是购买信号，你却让它溜走了]
  行，发过来吧。 # outcome: follow-up
  -> END
* [可以，下单当天就加。30号前下单首月免费，省下239，比旧宽带剩的200还多。现在帮您下单？ #close: close-urgency #technique: incentive #tip: 真实的截止日期，加上正好抵掉重叠费用的首月免费：紧迫感建立在他自己的数字上]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  免费的那个月正好抵掉重叠的费用。账你都陪我算清楚了。好，就办吧。 # signal: verbal
  -> slot
* [可以，马上就能加。而且您小区一半的人都已经换了，您也不想当最后一家还在用慢网的吧？咱们就定了？ #fault: pressure #tip: 从众压力代替不了他自己的理由，这位客户只看数字]
  ~ shift(trust, -15)
  邻居办不办跟我没关系。我考虑考虑吧。再见。 # outcome: no-sale
  -> END
* [可以，下单当天她那张卡就作为免费副卡加进来。那我现在就帮您把单下了，好吗？ #close: close-direct #tip: 信号明确后直接促成是可以的；但一个真实的截止日期或优惠，能给他现在就装的理由]
  ~ shift(interest, 5)
  好，办吧。四个月我也不想等了。
  -> slot

=== slot ===
* [好的。那您看什么时候方便，让工程师上门来装？ #tip: 开放式问题也行，但二选一更容易让他做决定，也默认了他已经同意]
  周六上午吧。
  -> confirm
* [好的。工程师这周六上午去，还是周日下午去？ #close: close-either-or #tip: 二选一法：两个答案都是同意，决定就变得具体了]
  ~ shift(trust, 5)
  周六上午。最好趁孩子们还没起床。
  -> confirm

=== confirm ===
* [好嘞，周先生，那就都给您办好了。非常感谢您今天抽时间，相信您全家人都会喜欢的，祝您下午工作顺利、一切愉快！ #fault: no-next-step #tip: 他刚刚下了单；应复述他办了什么、工程师什么时候上门、怎么确认订单]
  办好了什么？算了，给我发个书面的吧。 # outcome: sale
  -> END
* [好，那就定周六上午：239元融合套餐，首月免费，再加上您女儿那张卡。我现在就给您录单，麻烦您在电话里报一下身份证号码和家庭详细住址。 #fault: privacy-breach #tip: 订单通过短信验证码或APP确认；在电话里报身份证号会暴露他的个人信息]
  ~ shift(trust, -10)
  电话里不行。把订单发短信给我，我自己确认。 # outcome: sale
  -> END
* [谢谢您！确认一下：239融合套餐，首月免费，女儿的卡作免费副卡，周六上午9到11点上门。回短信验证码就能确认，周一我回电问网速。 #technique: confirm-agreement #technique: protect-privacy #technique: after-sale-care #tip: 致谢、复述约定、用短信验证码而不是在电话里报身份证号来安全确认、说明下一步：结束语和成交一样干净利落]
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
