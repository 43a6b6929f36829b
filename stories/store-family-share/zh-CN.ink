# id: store-family-share
# title: 来交话费，带走家庭套餐
# channel: store
# product: 家庭共享169（5G家庭流量共享套餐）
# difficulty: 1
# time-limit: 720
# persona: 陈女士
# persona-age: 41
# persona-role: 舞蹈老师，两个青少年的妈妈
# persona-style: expressive
# persona-tier: mid
# goal: 把一次缴费变成一次交谈，弄清全家手机的真实花费，请她到体验区亲自体验5G，并为她办理家庭共享套餐，或约定明确的下一步
# brief: 名下3个手机号码，在网9年，每月到营业厅缴费
# brief: 本人号码：4G套餐每月59元含30GB，上月用了28GB，周末上传流量大
# brief: 两个孩子的号码：4G套餐每月29元，各含10GB
# brief: 近3个月为两个孩子的号码买过6次20元流量包
# brief: 3个号码每月合计约157元，含流量包
# brief: 她和儿子的手机支持5G，女儿的手机只支持4G
# brief: 本月活动：家庭共享169，最多4个号码共享100GB，手机支持即可用5G，合并一张账单，营业厅办理首月免费，首月内可恢复原套餐
# brief: 她的舞蹈工作室在滨河路老纺织厂：街面5G信号强，老砖墙内信号弱，4G可正常使用
# need: kids-topups, 两个孩子每到月中流量就用完，她只好不停地给他们买流量包
# need: dance-videos, 她每节舞蹈课都要录像，在工作室用4G上传视频慢得让人抓狂
# need: one-bill, 三张账单加上半夜买的流量包，她从来不知道全家手机一共花了多少钱
# objection: fine-as-is, no-need, 说家里现在挺好的，她只是来交话费
# objection: class-at-four, timing, 四点要上课，没时间看演示
# objection: price, price, 觉得每月169元比全家现在的花费还多

INCLUDE ../_lib/customer.ink

VAR heard_videos = false
VAR heard_bill = false
VAR fine_ok = false
VAR price_ok = false
VAR fake_discount = false
VAR coverage_lie = false
VAR rushed = false

~ trust = 45
~ patience = 45
~ interest = 20

-> arrival

=== arrival ===
周二下午三点一刻，营业厅里很安静，蓝色座椅上坐着两位等候的客户。自动门打开，一位穿亮粉色运动服的女士风风火火地走进来，肩上挎着运动包，一手拿着折好的账单，一手拿着手机，四处张望找取号机。 # speaker: narrator
* [您好，取号机在门口那边，您先取个号，叫到您再过来就行。 #opening: -2 #tip: 把客户指去排队，营销人员就又变回了收银员，主动营销要从主动迎上去、问清来意开始]
    ~ shift(patience, -5)
    她取了A017号，坐下刷了四分钟手机，你的窗口才叫到她的号。 # speaker: narrator
    你好，交话费，三个号。
* [下午好，欢迎光临！今天过来办点什么业务？我帮您看看。 #opening: +1 #technique: store-greet #tip: 在营业厅里要主动出击：先问候、微笑，再询问客户的来意]
    ~ shift(trust, 10)
    ~ shift(interest, 5)
    哎，你好！你可真热情。我就是来交话费的，每个月都一样。一共三个号。
* [您好！了解一下新出的5G家庭套餐吗？首月免费！ #fault: premature-pitch #tip: 还不知道她为什么来就开始推销，听起来像在背稿，应先问候、问清来意]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    呃……你好。我才刚进门呢。我就是来交话费的。
- -> payment

=== payment ===
她把账单放在柜台上。 # speaker: narrator
最上面是我的号码，另外两个是孩子的，都是我来交。
* [有账单就行。我念一下：139 0571 2286，59块，孩子俩各29，对吧？ #fault: privacy-breach #tip: 账单不能证明身份，在人多的大厅里念出号码和金额，会泄露她和孩子们的个人信息]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    蓝色座椅上的一位男士从报纸后抬起头看了过来。 # speaker: narrator
    能别把号码念出来吗？其中两个是我孩子的。
* [麻烦出示一下身份证，我核对一下。屏幕给您转过来，三个号码您自己看看。 #conduct: +1 #technique: protect-privacy #tip: 规范核实身份，让她自己看屏幕上的信息，号码和余额不在大厅里念出来]
    ~ shift(trust, 10)
    你核对了她的身份证，把屏幕转向她：三个号码都是4G套餐，其中两个号码上有一连串20元的流量包记录。 # speaker: narrator
    对，就是我们家：我、乐乐、彤彤。你看这一堆流量包……严格说起来，这些也都是我掏的钱。
- -> leaflet

=== leaflet ===
缴费成功，打印机开始预热，准备打印收据。 # speaker: narrator
* [打收据还得一会儿，您看看这个？本月新出的，专门给一家交好几个号的。 #opening: +1 #technique: store-leaflet #tip: 等收据的时间正好递宣传单，一句话说明适合谁就够了]
    ~ shift(interest, 5)
    她接过宣传单，封面上一家四口正围着一部手机哈哈大笑。 # speaker: narrator
    “家庭共享”……挺温馨的，不过我们家现在挺好的，真的。我就是来交话费的。 # raises: fine-as-is
    -> fine_as_is
* [都交好了，这是三张收据，您收好。祝您下午愉快，咱们下个月见！ #opening: -2 #tip: 只收费不营销，正是课程所说的被动服务，她离开时没有听到任何新业务]
    谢谢！下个月见，老时间。 # outcome: no-sale
    -> END
* [给您介绍下家庭套餐：100GB共享、5G、1000分钟、视频会员、云存储！ #technique: store-leaflet #fault: feature-dump #tip: 递宣传单没错，但罗列功能会让表现型客户厌烦，而且没有一条和她说过的话有关]
    ~ shift(patience, -15)
    ~ shift(interest, -5)
    你还没念到一半，她的目光就飘向了打印机。 # speaker: narrator
    这……内容可真多。我们家现在挺好的，真的。我就是来交话费的。 # raises: fine-as-is
    -> fine_as_is

=== fine_as_is ===
{patience < 25: -> walk_off}
* [当然，完全看您的意思。这张宣传单您先带回去，哪天有空了再慢慢看看也行。 #tip: 客户一说“挺好的”就放弃，一个问题都不问，正是课程提醒的被动习惯：她的需求仍然藏着，而“不需要”的异议往往正是挖掘需求的起点]
    谢谢，你人真好。再见啦！ # outcome: no-sale
    -> END
* [说“挺好的”的家庭，其实大多都多花了冤枉钱，我估计您家也一样。 #fault: argue #tip: 说她对自己家的判断是错的，只会让她维护现状]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    我们家可不是“大多数家庭”。把收据给我就行。
    -> cooling
* [“挺好的”，家长都这么说，一到二十号就不好了！孩子们平时流量怎么用？ #technique: objection-humour #technique: open-question #tip: 和她一起笑而不是笑她，轻松的幽默能让她放下戒备，开放式提问让她自己把故事讲出来]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    ~ shift(patience, 5)
    她一下子笑出了声。 # speaker: narrator
    二十号？十二号就不行了！ # signal: emotional
- 主要是孩子们。乐乐十五岁，彤彤十三岁，每到月中总有一个给我发消息：“妈！没流量了！”后面跟着五个大哭的表情。我就用自己的手机给他们充，一次二十块，多半是半夜。上个月彤彤春游的时候流量用完了，她…… # reveals: kids-topups
-> kids_story

=== kids_story ===
她故意停顿了一下。 # speaker: narrator
* [对对，流量问题！我们家庭套餐正好解决这个，您看，共享在这一页。 #fault: interrupt #tip: 她正在讲故事，抢着介绍套餐等于告诉她你只是在等着推销，并没有在听]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ……然后那熊猫……算了。好吧，流量。你说吧，说说你的套餐。
    -> invite
* [哎呀，偏偏是春游！所以每个月总有一个没流量，都得您来救场？ #technique: active-listening #tip: 复述她的话让她知道你听进去了，表现型客户的故事被接住，她会说得更多]
    ~ shift(trust, 10)
    每个月都这样！彤彤只好借同学的热点，才把熊猫的照片发给我。我就是他们的流量银行，一家特别累的流量银行。
* [春游啊？那出门之前，您怎么没给她多订一个流量包呢？ #fault: intrusive-question #tip: 听起来像难点问题，其实是在暗示她没安排好，难点问题绝不能伤到客户的自尊]
    ~ shift(trust, -10)
    ~ shift(patience, -5)
    ……我又不是神仙，哪知道会用完。她借了同学的热点，行了吧。
- -> own_phone

=== own_phone ===
{patience < 25: -> walk_off}
* [乐乐和彤彤现在用的是什么套餐？每人每个月有多少流量？ #technique: spin-situation #tip: 背景问题有它的用处，但这些信息你的屏幕上都有，让她来回答是在消耗她的耐心]
    ~ shift(patience, -5)
    好像是29块的那种，十个G？你屏幕上不都有吗？反正我们家就这样。
    -> summary
* [那您自己呢？您的手机有没有什么特别让您抓狂的地方？ #technique: spin-problem #tip: 难点问题寻找需求赖以产生的不满，问问她本人而不只是孩子，视野就打开了]
    ~ shift(interest, 10)
    ~ heard_videos = true
    我的？哎，上传！我是教舞蹈的，每节课都录像发到家长群里，在工作室传得慢死了。一半的时候我都坐在停车场里开着车，盯着那个进度条慢慢爬。 # reveals: dance-videos
- -> cost

=== cost ===
* [要是以后全家再也不会出现流量用完的情况，这对您来说值多少？ #technique: spin-need-payoff #tip: 需求效益问题让她自己说出价值，但问得太早，就跳过了她还没意识到的成本]
    ~ shift(interest, 5)
    清静！半夜再也没有大哭的表情。那可太值了。 # signal: emotional
* [您算过一年下来流量包要花多少吗？还有半夜那些消息？ #technique: spin-implication #tip: 暗示问题把一个习以为常的小麻烦放大，让客户看清它的真实分量]
    ~ shift(interest, 10)
    ~ heard_bill = true
    一年下来？天哪……我真不知道。问题就在这儿：三张账单，半夜在手机上充流量包，全家手机一共花了多少钱，我从来没算清楚过。我每个月亲自来交费，一半原因就是想看看纸上的数字。 # reveals: one-bill
- -> summary

=== summary ===
{patience < 25: -> walk_off}
* [所以主要是孩子们的流量{heard_videos:，您在工作室传视频倒是其次}{heard_bill:，账单也不算什么}。给他俩各加一个大点的流量包，就都解决了吧？ #tip: 往小方案上引的总结，丢掉了她说的自己的问题和账单的烦恼，让家庭套餐真正有价值的需求始终没被说出来]
    加大流量包？那不就又多了几样要交的钱。我还是不确定我们需要换什么新的。
* [我确认一下，您看对不对：孩子们每到月中流量就用完{heard_videos:，您在工作室传视频特别慢}{heard_bill:，三张账单看不清总花费}。是这样吧？ #technique: summarise #tip: 得到她认同的总结，能把零散的抱怨变成明确的需求，而她的认同本身就是购买信号]
    ~ shift(interest, 10)
    ~ fine_ok = true
    ……是啊。你这么一说，“挺好的”好像有点夸张了，是吧？ # resolved: fine-as-is # signal: verbal
* [既然{heard_videos:孩子们的流量不够，再加上您在工作室传视频慢|孩子们每到月中流量就不够用}{heard_bill:，还有好几张账单要操心}，家庭套餐正合适您，办了就省心了。 #tip: 跳过总结，她的异议就还在，因为她从没听到自己的问题被归纳在一起]
    也许吧。我还是不确定我们需要换一整个新套餐。
- -> invite

=== invite ===
收据从打印机里吐出来。她身后又进来了三个人，叫号屏跳到了A019。 # speaker: narrator
* [我就在这儿给您讲讲吧，很快的。首先呢，它有一个共享流量池…… #opening: -1 #tip: 在柜台讲解会耽误后面排队的人，又没有东西让她亲手试，体验区能同时解决这两个问题]
    ~ shift(patience, -5)
    她回头看了看身后等着的人，又看了看手表。 # speaker: narrator
    能快点吗？后面还有人等着，我四点还有课。 # raises: class-at-four
* [那边的演示机就是这个套餐，您过去拍几秒视频发一下，看看有多快。 #opening: +1 #technique: store-experience #tip: 引导到体验区既腾出了柜台，又让她亲身感受到好处，而不只是听你说]
    ~ shift(interest, 10)
    她看了一眼手表。 # speaker: narrator
    现在？我四点还有课呢…… # raises: class-at-four
- -> rush

=== rush ===
{patience < 25: -> walk_off}
* [那今天就别赶了。您周六不忙的时候再过来一趟，好不好？ #technique: respect-time #tip: 另约时间是尊重她的安排，但眼前这个机会也就错过了]
    ~ shift(trust, 10)
    周六？哎，那更好，我还能把孩子们带来。反正他们肯定要上手摆弄一番。 # resolved: class-at-four # signal: verbal
    -> saturday
* [理解，上课可不能迟到。就占您三分钟，收据都打好了，随时喊停。 #technique: objection-empathy #tip: 先站在她的角度，再把代价说小并交给她掌控，这样回应时间异议]
    ~ shift(trust, 5)
    三分钟啊，我可给你计时了！ # resolved: class-at-four # signal: emotional
    -> demo
* [就一会儿，真的很快，就在窗边那儿。来来来，这边走，跟我来，快！ #fault: pressure #tip: 不等她同意就往前走，是无视她的异议，让她觉得被人推着走]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ~ rushed = true
    她犹豫了一下，叹了口气，边看手表边跟了过去。 # speaker: narrator
    -> demo

=== saturday ===
* [好嘞，周六您什么时候方便就直接过来，不用预约。上课顺利！ #fault: no-next-step #tip: 没约时间，也没发任何资料，周六很可能就这么过去了]
    好嘞！那就周六吧。要是我还记得的话。 # outcome: follow-up
    -> END
* [那我帮您约一下，周六上午十点还是十一点？今天把对比发您，周五再提醒您。 #close: close-either-or #technique: follow-up-plan #tip: 给出两个时间让她选，“周六”就变成了一次预约；当天发出书面对比、提前一天提醒，预约才不会落空]
    十点吧。周六十点，带着两个青少年来。祝你好运！ # outcome: follow-up
    -> END

=== demo ===
{patience < 25: -> walk_off}
演示台上，一部5G手机亮着屏幕立在支架上，旁边是一张一家人坐在沙发上的海报。 # speaker: narrator
* [这台是n78频段的5G独立组网，上行速率是LTE的好几倍，通话还支持VoNR。 #fault: jargon #tip: 频段编号和英文缩写对她毫无意义，不如让她亲手试]
    ~ shift(interest, -5)
    ~ shift(patience, -10)
    她礼貌地点着头，眼神却越来越空，过了一会儿干脆越过你，自己拿起了演示机。 # speaker: narrator # signal: physical
    不好意思，手机的行话我听不懂。我直接试试行吗？哦，挺快的。
* [您拿着，随便拍点什么，转个圈、拍海报、拍我都行，然后发给自己。 #technique: present-experience #tip: 让表现型客户亲手试一试，胜过任何关于网速的描述]
    ~ shift(interest, 15)
    ~ shift(patience, 5)
    她拿起演示机，在大厅中央给自己拍了一个利落的小转身，点了发送。手机还没放下，进度条就已经走满了。 # speaker: narrator # signal: physical
    等等，已经发出去了？就这样？{heard_videos:在工作室这得花我十分钟！|我的手机这会儿还在转圈呢！} # signal: verbal
- { not fine_ok:
    好吧，说“挺好的”可能是有点夸张了。 # resolved: fine-as-is
  }
-> sharing

=== sharing ===
{patience < 35: -> cut_to_price}
她把宣传单翻到家庭那一页。 # speaker: narrator
那孩子们呢？对他们来说怎么用？ # signal: verbal
* [您就当它是无限流量，孩子们刷视频、打游戏随便用，以后再也不会没流量了，也不会半夜再给您发消息。 #fault: false-promise #tip: 100GB是个大池子，但不是无底洞，保证孩子们再也不会用完，是套餐兑现不了的承诺]
    ~ shift(interest, 5)
    再也不会用完？就乐乐那样？行吧，你说的啊！那可真是奇迹了。
    -> ask_price
* [全家共用100GB流量池，乐乐不够了直接从池子里用，不用找您，一张账单。有孩子的家庭，一般头个月就不用买流量包了。 #technique: fabe #tip: 特征、优势、利益、证据，每一条都和她说过的话挂钩，这样的介绍她回家也能原样讲给家人听]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    她看着宣传单上流量池的图，慢慢地点了点头。 # speaker: narrator # signal: physical
    半夜再也不会有大哭的表情了？还有一张账单，我终于能看清所有花费了？哎，这个我喜欢。
* [这套餐内容可多了：100GB流量池、1000分钟通话、视频会员、200GB云存储、来电显示，还有出国用的漫游包，全都有！ #fault: feature-dump #tip: 她只问了一个关于孩子的问题，得到的却是一本产品目录]
    ~ shift(patience, -15)
    好吧……一半我都用不上。孩子们到底有没有流量？算了，你直接说多少钱吧。
    -> price
- -> coverage

=== coverage ===
{patience < 25: -> walk_off}
{not heard_videos: -> ask_price}
还有一件事。我的工作室那边5G真的能用吗？就在滨河路的老纺织厂里，我朋友说她的手机在里面基本没信号。
* [咱们看下覆盖图。您那条街5G很强，厚砖墙里会弱一些，但4G照样能用，信号差我帮您上报。 #conduct: +1 #technique: honest-answer #tip: 坦白说明套餐做不到的地方，其他的话才可信，覆盖图也让她能自己核实]
    ~ shift(trust, 10)
    你们一起把覆盖地图放大到滨河路，整条街都是深蓝色。 # speaker: narrator
    嗯，我的工作室在前面新盖的那部分，几乎全是玻璃。最差也就是回停车场去传，跟现在一样嘛！至少你没忽悠我。
* [这个您完全不用担心，现在5G已经全城覆盖了，工作室、家里，您走到哪儿都没问题，放心用就行。 #fault: false-promise #tip: 谁也不能保证每栋老房子里都有信号，等信号掉了，她会记得你这句话]
    ~ shift(trust, 5)
    ~ coverage_lie = true
    太好了！那我朋友可要羡慕我了。
- -> ask_price

=== ask_price ===
说吧，最吓人的部分来了。多少钱？
-> price

=== price ===
你指了指宣传单上的价格：每月169元。 # speaker: narrator
一百六十九？我们现在花得都没这么多！ # raises: price
* [其实169块，有5G又有100GB，真不算贵了。别的地方这么多流量，一般都得两百多块。 #fault: argue #tip: 争论贵不贵，她的异议还在，对你的信任却降低了：应该和她实际的花费比]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    对谁来说不贵？掏钱的可是我。我还是回去想想，问问孩子们吧。
    -> think_it_over
* [咱们算一下：59加两个29，再加每月40左右的流量包，现在差不多157。套餐只多12块，一天四毛钱。 #technique: price-daily-split #tip: 和她实际的花费比，把流量包也算进去，再把差价分到每一天，价格就具体了]
    ~ shift(interest, 10)
    ~ price_ok = true
    一天四毛钱？还不到一瓶水钱。而且半夜再也不用充流量了……行，这还算公道。 # resolved: price # signal: verbal
* [这样吧，您都是九年的老客户了，今天要是在这儿办的话，我每个月给您减30块，就是139，比您现在还便宜！ #fault: false-promise #tip: 根本没有这个优惠，办理业务的同事只能当面说破]
    ~ shift(interest, 10)
    ~ fake_discount = true
    真的？那可就不一样了！行，那就办吧。 # signal: verbal
    -> handover
- -> close

=== close ===
{patience < 25: -> walk_off}
她还拿着演示机，一遍遍回放刚才拍的视频。 # speaker: narrator
* [不着急，宣传单您带回去，跟孩子们好好商量商量。祝您上课顺利！ #fault: no-close #tip: 她拿着手机在笑，这是明显的购买信号，却没有人向她提出成交]
    哦……好吧。嗯，我回去想想。谢谢！ # outcome: no-sale
    -> END
* [本月办理首月免费，要是用着不合适，月底还能改回原来的套餐。那咱们先试试？ #close: close-trial #tip: 首月免费又能退回，说“好”的风险就小了]
    {
    - not price_ok and not fake_discount:
        免费是挺好，可之后的钱我还是没想好。我还是回去想想，问问孩子们吧。
        -> think_it_over
    - interest < 60 or trust < 40:
        嗯……我先和孩子们商量一下吧。
        -> think_it_over
    - else:
        {rushed:免费一个月？行，办吧，不过快点，我要迟到了。|免费一个月，还能改回去？那我还有什么好损失的？试试吧！}
        -> handover
    }
* [{heard_videos:您下节课的视频|以后发什么}都能像刚才那样一下发出去。我现在就帮您把三个号转过来，好吗？ #close: close-experience #tip: 客户刚刚亲身感受到好处的时候，正是体验促成的最佳时机]
    {
    - not price_ok and not fake_discount:
        钱的事我还是没想好。我还是回去想想，问问孩子们吧。
        -> think_it_over
    - interest < 60 or trust < 40:
        我不知道……我先和孩子们商量一下吧。
        -> think_it_over
    - else:
        {rushed:行，办吧，不过快点，我要迟到了。|哈！好。办吧，趁我还没改主意。}
        -> handover
    }

=== think_it_over ===
* [没问题。那就今晚把花费和套餐的对比发您，周四再给您打电话。您几点方便？ #technique: follow-up-plan #technique: confirm-agreement #tip: 客户要时间考虑时，就约定具体的下一步：当天发数字，三天内回电]
    行。周四六点以后最方便。 # outcome: follow-up
    -> END
* [没问题，您回去跟孩子们好好商量商量，想好了随时过来办就行，不着急。 #fault: no-next-step #tip: 一句“随时过来”什么也没约定、什么也没发，下个月的账单多半比她先到]
    好，那我先走啦。拜拜！ # outcome: no-sale
    -> END
* [不过首月免费只限本月，您最好今天就定下来，正好人也在这儿，省得再跑一趟。 #fault: pressure #tip: 截止时间是真的，但客户要时间考虑时还拿它来逼，只会把“也许”变成“不要”]
    ~ shift(trust, -10)
    那我就只好错过了，是吧。 # outcome: no-sale
    -> END

=== handover ===
办理要在业务受理台进行。3号窗口的同事小王刚送走一位客户。 # speaker: narrator
* [陈女士，这是业务受理的号，您拿好。一会儿叫到您的号，窗口的同事会给您办手续的。 #opening: -2 #tip: 一句话都不跟同事交代就让她重新排队，她只能从头再说一遍]
    ~ shift(patience, -15)
    六分钟后，3号窗口叫到了她的号。 # speaker: narrator
    下午好！请问您要办理什么业务？ # speaker: 小王
    {patience < 25: -> walk_off}
    {fake_discount: -> discount_exposed}
    她叹了口气，把孩子、工作室、账单的事从头又讲了一遍。 # speaker: narrator
    {coverage_lie: -> coverage_exposed}
    等手续办完，你正忙着接待另一位客户，她隔着大厅匆匆朝你挥了挥手就走了。 # speaker: narrator
    那就先试试吧。 # outcome: sale
    -> END
* [小王，陈女士三个号要转家庭共享169：孩子们流量总不够{heard_videos:，她要传课堂视频}，想合成一张账单。 #opening: +1 #technique: store-handover #tip: 交接时把客户的需求说清楚，她就不用再重复一遍]
    ~ shift(trust, 5)
    {fake_discount: -> discount_exposed}
    {coverage_lie: -> coverage_exposed}
    陈女士您好！情况我都了解了，您一句都不用再重复。麻烦再出示一下身份证。 # speaker: 小王
    哎，真好。这才叫服务。
    -> signed

=== discount_exposed ===
别忘了每月减我30块！
~ shift(trust, -30)
每月减30元？不好意思，陈女士，这个套餐没有这样的优惠。每月169元，首月免费。 # speaker: 小王
她转过头看着你。 # speaker: narrator
所以刚才那是随口说说的？
* [小王，你帮忙去问问经理吧？陈女士是老客户了，肯定能想想办法的。 #fault: pressure #tip: 硬推一个本来就不存在的承诺，会让整个营业厅显得不可信]
    ~ shift(trust, -10)
    不用了，我要迟到了。
    她拿起收据，径直走出了营业厅。 # speaker: narrator # outcome: hang-up
    -> END
* [对不起，陈女士，是我说错了。没有这个优惠，只有首月免费，您觉得合适再办。 #conduct: +1 #tip: 立刻承认错误，是保住她一点信任的唯一办法]
    ~ shift(trust, 5)
    嗯，至少你肯认错。可我不喜欢在柜台前被人忽悠。我再考虑考虑吧。 # outcome: no-sale
    -> END

=== coverage_exposed ===
还有啊，我在滨河路老纺织厂的工作室也能用5G了，听说现在全城都覆盖了！
老纺织厂？陈女士，先跟您说一声，老砖楼里面5G信号比较弱，4G没问题，我们也可以帮您报给网络部门。 # speaker: 小王
~ shift(trust, -20)
她转过头看着你。 # speaker: narrator
你刚才可是说全城覆盖的。
* [哎，里面没问题的，小王就是说得保守，您用起来根本感觉不到。 #fault: false-promise #tip: 同事刚纠正过的承诺你还要再说一遍，她剩下的那点信任也就没了]
    ~ shift(trust, -10)
    我还是信不卖东西给我的那个人。我再考虑考虑吧。 # outcome: no-sale
    -> END
* [对不起，是我说错了。老楼里面主要是4G，您觉得还能接受再办。 #conduct: +1 #tip: 不等她追问就立刻认错，是保住她一点信任的唯一办法]
    ~ shift(trust, 5)
    嗯。反正工作室前面都是玻璃，一个月内还能改回去。那就试试吧，不过我会盯着的。 # outcome: sale
    -> END

=== signed ===
十分钟后，小王把套餐确认单递给她，她的手机“叮”的一声：“欢迎使用家庭共享”。 # speaker: narrator
* [好了，都办妥了！新套餐您放心用，替我跟乐乐、彤彤问声好，上课顺利啊！ #fault: no-next-step #tip: 她离开时既没有复述约定，也没有安排任何回访]
    拜拜！谢谢！ # outcome: sale
    -> END
* [确认一下：三个号从今天起都是家庭共享，首月免费，每月1号一张账单。下周我发短信回访您。 #technique: confirm-agreement #technique: after-sale-care #tip: 复述约定并承诺回访，能防止这笔成交日后变成投诉]
    太好了。要是乐乐把一百个G全用光了，我就让他来找你！ # outcome: sale
    -> END

=== cooling ===
收据打好了。 # speaker: narrator
* [就再占用您一分钟，这个您真应该听听，能给家里省不少钱呢。 #fault: pressure #tip: 客户明确拒绝后还要硬推，只会把她推出门外]
    ~ shift(trust, -10)
    她拿起收据，一句话也没说就走了。 # speaker: narrator # outcome: hang-up
    -> END
* [好的。这是您的收据，宣传单也给您，有兴趣可以看看。谢谢您过来！ #conduct: +1 #tip: 她已经两次说不，友好地道别能为下个月留一扇门]
    谢谢，再见。 # outcome: no-sale
    -> END

=== cut_to_price ===
她抬头看了看柜台上方的挂钟。 # speaker: narrator
我时间不多了。你就直接告诉我多少钱吧。
-> price

=== walk_off ===
她看了看手表，拎起包，已经转身要走了。 # speaker: narrator
不好意思，我真得走了，要迟到了。 # outcome: hang-up
-> END
