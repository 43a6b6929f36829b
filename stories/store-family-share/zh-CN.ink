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
VAR rushed = false

~ trust = 45
~ patience = 45
~ interest = 20

-> arrival

=== arrival ===
周二下午三点一刻，营业厅里很安静，蓝色座椅上坐着两位等候的客户。自动门打开，一位穿亮粉色运动服的女士风风火火地走进来，肩上挎着运动包，一手拿着折好的账单，一手拿着手机，四处张望找取号机。 # speaker: narrator
* [微笑着迎上去，欢迎她光临，问她今天需要办理什么业务 #opening: +1 #technique: store-greet #tip: 在营业厅里要主动出击：先问候、微笑，再询问客户的来意]
    ~ shift(trust, 10)
    ~ shift(interest, 5)
    哎，你好！你可真热情。我就是来交话费的，每个月都一样。一共三个号。
* [在柜台后朝她点点头，让她和其他人一样先取号排队 #opening: -2 #tip: 坐在柜台后等待，营销人员就又变回了收银员，主动营销从主动迎向客户开始]
    ~ shift(patience, -5)
    她取了A017号，坐下刷了四分钟手机，你的窗口才叫到她的号。 # speaker: narrator
    你好，交话费，三个号。
* [打过招呼就直接向她介绍本月的5G家庭套餐优惠 #fault: premature-pitch #tip: 还不知道她为什么来就开始推销，听起来像在背稿，应先问清来意]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    呃……你好。我才刚进门呢。我就是来交话费的。
- -> payment

=== payment ===
她把账单放在柜台上。 # speaker: narrator
最上面是我的号码，另外两个是孩子的，都是我来交。
* [请她出示身份证，安静地核对，再把屏幕转向她，让她自己看三个号码的情况 #conduct: +1 #technique: protect-privacy #tip: 规范核实身份，不在大厅里念出号码和余额]
    ~ shift(trust, 10)
    你核对了她的身份证，把屏幕转向她：三个号码都是4G套餐，其中两个号码上有一连串20元的流量包记录。 # speaker: narrator
    对，就是我们家：我、乐乐、彤彤。你看这一堆流量包……严格说起来，这些也都是我掏的钱。
* [根据账单调出账户，把三个号码和各自欠费大声念给她确认 #fault: privacy-breach #tip: 账单不能证明身份，在人多的大厅里念出号码和余额会泄露个人信息]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    蓝色座椅上的一位男士从报纸后抬起头看了过来。 # speaker: narrator
    能别把号码念出来吗？其中两个是我孩子的。
- -> leaflet

=== leaflet ===
缴费成功，打印机开始预热，准备打印收据。 # speaker: narrator
* [趁打印的时候递上新业务宣传单：“这是本月新推出的，专为一家人好几个号码的家庭设计。您看过吗？” #opening: +1 #technique: store-leaflet #tip: 等收据的时间正好递宣传单，一句话说明适合谁就够了]
    ~ shift(interest, 5)
    她接过宣传单，封面上一家四口正围着一部手机哈哈大笑。 # speaker: narrator
    “家庭共享”……挺温馨的，不过我们家现在挺好的，真的。我就是来交话费的。 # raises: fine-as-is
    -> fine_as_is
* [趁打印的时候递上宣传单，并把家庭套餐的内容全部念一遍：100GB共享流量、5G网速、1000分钟通话、视频会员、200GB云存储、来电显示 #technique: store-leaflet #fault: feature-dump #tip: 递宣传单没错，但罗列功能会让表现型客户厌烦，而且没有一条和她说过的话有关]
    ~ shift(patience, -15)
    ~ shift(interest, -5)
    你还没念到一半，她的目光就飘向了打印机。 # speaker: narrator
    这……内容可真多。我们家现在挺好的，真的。我就是来交话费的。 # raises: fine-as-is
    -> fine_as_is
* [把收据交给她，祝她下午愉快 #opening: -2 #tip: 只收费不营销，正是课程所说的被动服务，她离开时没有听到任何新业务]
    谢谢！下个月见，老时间。 # outcome: no-sale
    -> END

=== fine_as_is ===
{patience < 25: -> walk_off}
* [跟她一起笑：“‘挺好的’，每位家长都这么说，直到每月二十号孩子流量用完为止！”然后问问孩子们用手机的情况 #technique: objection-humour #technique: open-question #tip: 和她一起笑而不是笑她，轻松的幽默能让她放下戒备，开放式提问让她把故事讲出来]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    ~ shift(patience, 5)
    她一下子笑出了声。 # speaker: narrator
    二十号？十二号就不行了！ # signal: emotional
* [说当然，完全由她决定，把收据和宣传单一起递给她，请她回家再看 #tip: 客户一说“挺好的”就放弃，一个问题都不问，正是课程提醒的被动习惯，她的需求仍然藏着]
    谢谢，你人真好。再见啦！ # outcome: no-sale
    -> END
* [告诉她说“挺好的”的家庭，大多都在不知不觉中多花了钱 #fault: argue #tip: 说她对自己家的判断是错的，只会让她维护现状]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    我们家可不是“大多数家庭”。把收据给我就行。
    -> cooling
- 主要是孩子们。乐乐十五岁，彤彤十三岁，每到月中总有一个给我发消息：“妈！没流量了！”后面跟着五个大哭的表情。我就用自己的手机给他们充，一次二十块，多半是半夜。上个月彤彤春游的时候流量用完了，她…… # reveals: kids-topups
-> kids_story

=== kids_story ===
* [让她把故事讲完，再复述一遍：“所以每个月您都要救场一次，一次二十块，经常还是半夜” #technique: active-listening #tip: 复述让她知道你听进去了，表现型客户的故事被接住，她会说得更多]
    ~ shift(trust, 10)
    ……她只好借同学的热点，才把熊猫的照片发给我！不过没错，就是这样。我就是他们的流量银行，一家特别累的流量银行。
* [打断她：“对，流量问题，我们的家庭套餐正好能解决”，把宣传单翻到共享那一页 #fault: interrupt #tip: 她正在讲故事，打断她等于告诉她你只是在等着推销，并没有在听]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ……然后那熊猫……算了。好吧，流量。你说吧，说说你的套餐。
    -> invite
- -> own_phone

=== own_phone ===
{patience < 25: -> walk_off}
* [问问她自己的手机：“那您呢？您的手机有什么让您特别抓狂的地方？” #technique: spin-problem #tip: 难点问题寻找需求赖以产生的不满，问问她本人而不只是孩子，视野就打开了]
    ~ shift(interest, 10)
    ~ heard_videos = true
    我的？哎，上传！我是教舞蹈的，每节课都录像发到家长群里，在工作室传得慢死了。一半的时候我都坐在停车场里开着车，盯着那个进度条慢慢爬。 # reveals: dance-videos
* [问孩子们各用什么套餐，每人每月有多少流量 #technique: spin-situation #tip: 这些信息你的屏幕上都有，让她来回答是在消耗她的耐心]
    ~ shift(patience, -5)
    好像是29块的那种，十个G？你屏幕上不都有吗？反正我们家就这样。
    -> summary
- -> cost

=== cost ===
* [问她一年下来流量包加起来要多少钱，为这事操心又耗掉她多少精力 #technique: spin-implication #tip: 暗示问题把一个习以为常的小麻烦放大，让客户看清它的真实分量]
    ~ shift(interest, 10)
    ~ heard_bill = true
    一年下来？天哪……我真不知道。问题就在这儿：三张账单，半夜在手机上充流量包，全家手机一共花了多少钱，我从来没算清楚过。我每个月亲自来交费，一半原因就是想看看纸上的数字。 # reveals: one-bill
* [问她如果全家再也不会流量用完，这对她来说值多少 #technique: spin-need-payoff #tip: 需求效益问题让她自己说出价值，但问得太早，就跳过了她还没意识到的成本]
    ~ shift(interest, 5)
    清静！半夜再也没有大哭的表情。那可太值了。 # signal: emotional
- -> summary

=== summary ===
{patience < 25: -> walk_off}
* [总结一下：孩子们每到月中流量就用完{heard_videos:，她在工作室上传课堂视频很慢}{heard_bill:，三张账单让她从来看不清总花费}。问她是不是这样 #technique: summarise #tip: 得到她认同的总结，能把零散的抱怨变成明确的需求，而她的认同本身就是购买信号]
    ~ shift(interest, 10)
    ~ fine_ok = true
    ……是啊。你这么一说，“挺好的”好像有点夸张了，是吧？ # resolved: fine-as-is # signal: verbal
* [直接给出答案：“那家庭套餐正好适合您” #tip: 跳过总结，她的异议就还在，因为她从没听到自己的问题被归纳在一起]
    也许吧。我还是不确定我们需要换一整个新套餐。
- -> invite

=== invite ===
收据从打印机里吐出来。她身后又进来了三个人，叫号屏跳到了A019。 # speaker: narrator
* [邀请她去体验区：“那边的演示机就是家庭套餐，您拍几秒钟视频发出去，看看进度条要走多久” #opening: +1 #technique: store-experience #tip: 引导到体验区既腾出了柜台，又让她亲身感受到好处，而不只是听你说]
    ~ shift(interest, 10)
    她看了一眼手表。 # speaker: narrator
    现在？我四点还有课呢…… # raises: class-at-four
* [让她留在柜台，就在这里把套餐详细讲一遍 #opening: -1 #tip: 在柜台讲解会耽误后面排队的人，又没有东西让她亲手试，体验区能同时解决这两个问题]
    ~ shift(patience, -5)
    她回头看了看身后等着的人，又看了看手表。 # speaker: narrator
    能快点吗？后面还有人等着，我四点还有课。 # raises: class-at-four
- -> rush

=== rush ===
{patience < 25: -> walk_off}
* [先体谅她要赶去上课，再承诺只在演示台占用三分钟：收据已经打好，她不耽误什么，随时可以叫停 #technique: objection-empathy #tip: 先站在她的角度，再把代价说小并交给她掌控，这样回应时间异议]
    ~ shift(trust, 5)
    三分钟啊，我可给你计时了！ # resolved: class-at-four # signal: emotional
    -> demo
* [提出帮她约在周六不赶时间的时候再好好看看，宣传单先让她带着 #technique: respect-time #tip: 另约时间是尊重她的安排，但眼前这个机会也就错过了]
    ~ shift(trust, 10)
    周六？哎，那更好，我还能把孩子们带来。反正他们肯定要上手摆弄一番。 # resolved: class-at-four # signal: verbal
    -> saturday
* [说只要一会儿就好，没等她回答就往演示台走 #fault: pressure #tip: 不等她同意就走，是无视她的异议，让她觉得被人推着走]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ~ rushed = true
    她犹豫了一下，叹了口气，边看手表边跟了过去。 # speaker: narrator
    -> demo

=== saturday ===
* [用她的名字预约周六上午十点的演示台，今天就把她现在的花费和套餐对比发给她，周五再发提醒 #technique: follow-up-plan #technique: confirm-agreement #tip: 约定好的时间、当天发出的书面数字和一条提醒，能把“也许”变成一次预约]
    太好了。周六十点，带着两个青少年来。祝你好运！ # outcome: follow-up
    -> END
* [让她周六方便的时候随时过来，挥手送她离开 #fault: no-next-step #tip: 没约时间，也没发任何资料，周六很可能就这么过去了]
    好嘞！那就周六吧。要是我还记得的话。 # outcome: follow-up
    -> END

=== demo ===
{patience < 25: -> walk_off}
演示台上，一部5G手机亮着屏幕立在支架上，旁边是一张一家人坐在沙发上的海报。 # speaker: narrator
* [把演示机递给她：“随便拍点什么，转个圈、拍海报、拍我都行，然后发给您自己。” #technique: present-experience #tip: 让表现型客户亲手试一试，胜过任何关于网速的描述]
    ~ shift(interest, 15)
    ~ shift(patience, 5)
    她拿起演示机，在大厅中央给自己拍了一个利落的小转身，点了发送。手机还没放下，进度条就已经走满了。 # speaker: narrator # signal: physical
    等等，已经发出去了？就这样？{heard_videos:在工作室这得花我十分钟！|我的手机这会儿还在转圈呢！} # signal: verbal
* [解释为什么这么快：“这是n78频段的5G独立组网，上行速率是LTE的好几倍，通话还支持VoNR” #fault: jargon #tip: 频段编号和英文缩写对她毫无意义，不如让她亲手试]
    ~ shift(interest, -5)
    ~ shift(patience, -10)
    她礼貌地点着头，眼神却越来越空，过了一会儿干脆越过你，自己拿起了演示机。 # speaker: narrator # signal: physical
    不好意思，手机的行话我听不懂。我直接试试行吗？哦，挺快的。
- { not fine_ok:
    好吧，说“挺好的”可能是有点夸张了。 # resolved: fine-as-is
  }
-> sharing

=== sharing ===
{patience < 35: -> cut_to_price}
她把宣传单翻到家庭那一页。 # speaker: narrator
那孩子们呢？对他们来说怎么用？ # signal: verbal
* [结合她家的情况讲：三个号码共享一个100GB流量池，乐乐流量不够了就直接从池子里用，不用再给她发消息；所有号码合成一张账单；有两个青少年的家庭，一般从第一个月起就不用再买流量包了 #technique: fabe #tip: 特征、优势、利益、证据，每一条都和她说过的话挂钩，这样的介绍她回家也能原样讲给家人听]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    她看着宣传单上流量池的图，慢慢地点了点头。 # speaker: narrator # signal: physical
    半夜再也不会有大哭的表情了？还有一张账单，我终于能看清所有花费了？哎，这个我喜欢。
* [把套餐里的所有内容过一遍：流量池、1000分钟通话、视频会员、云存储、来电显示、国际漫游包 #fault: feature-dump #tip: 她只问了一个关于孩子的问题，得到的却是一本产品目录]
    ~ shift(patience, -15)
    好吧……一半我都用不上。孩子们到底有没有流量？算了，你直接说多少钱吧。
    -> price
- -> coverage

=== coverage ===
{patience < 25: -> walk_off}
{not heard_videos: -> ask_price}
还有一件事。我的工作室那边5G真的能用吗？就在滨河路的老纺织厂里，我朋友说她的手机在里面基本没信号。
* [和她一起查看覆盖地图，实话实说：她那条街5G信号很强，厚砖墙里面会弱一些，但4G照样能用；如果信号差，你会上报给网络部门 #conduct: +1 #technique: honest-answer #tip: 坦白说明套餐做不到的地方，其他的话才可信]
    ~ shift(trust, 10)
    你们一起把覆盖地图放大到滨河路，整条街都是深蓝色。 # speaker: narrator
    嗯，我的工作室在前面新盖的那部分，几乎全是玻璃。最差也就是回停车场去传，跟现在一样嘛！至少你没忽悠我。
* [让她放心：“现在5G全城覆盖，您在哪儿都没问题” #fault: false-promise #tip: 谁也不能保证每栋老房子里都有信号，等信号掉了，她会记得你这句话]
    ~ shift(trust, 5)
    太好了！那我朋友可要羡慕我了。
- -> ask_price

=== ask_price ===
说吧，最吓人的部分来了。多少钱？
-> price

=== price ===
你指了指宣传单上的价格：每月169元。 # speaker: narrator
一百六十九？我们现在花得都没这么多！ # raises: price
* [把数字摆在一起算：59加29加29，再加上每月大约40元的流量包，现在差不多是157元；套餐每月只多12元左右，每天多四毛钱，而且再也不用买流量包 #technique: price-daily-split #tip: 和她实际的花费比，把流量包也算进去，再把差价分到每一天，价格就具体了]
    ~ shift(interest, 10)
    ~ price_ok = true
    一天四毛钱？还不到一瓶水钱。而且半夜再也不用充流量了……行，这还算公道。 # resolved: price # signal: verbal
* [告诉她今天办理的话，可以每月给她减30元 #fault: false-promise #tip: 根本没有这个优惠，办理业务的同事只能当面说破]
    ~ shift(interest, 10)
    ~ fake_discount = true
    真的？那可就不一样了！行，那就办吧。 # signal: verbal
    -> handover
* [告诉她169元对5G家庭套餐来说并不贵 #fault: argue #tip: 争论贵不贵，她的异议还在，对你的信任却降低了]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    对谁来说不贵？掏钱的可是我。我还是回去想想，问问孩子们吧。
    -> think_it_over
- -> close

=== close ===
{patience < 25: -> walk_off}
她还拿着演示机，一遍遍回放刚才拍的视频。 # speaker: narrator
* [用她刚才的体验促成：“{heard_videos:您下节课的视频|您发的任何东西}都能像刚才那样一下就发出去。我现在就帮您把三个号码转过来，好吗？” #close: close-experience #tip: 客户刚刚亲身感受到好处的时候，正是体验促成的最佳时机]
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
* [提议先试用：本月办理首月免费，如果不合适，月底可以恢复原来的套餐 #close: close-trial #tip: 首月免费又能退回，说“好”的风险就小了]
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
* [把宣传单给她带回家慢慢考虑，祝她上课顺利 #fault: no-close #tip: 她拿着手机在笑，这是明显的购买信号，却没有人向她提出成交]
    哦……好吧。嗯，我回去想想。谢谢！ # outcome: no-sale
    -> END

=== think_it_over ===
* [同意，并约好下一步：今晚把她现在的花费和套餐对比发给她，周四她下课后打电话，解答孩子们的问题 #technique: follow-up-plan #technique: confirm-agreement #tip: 客户要时间考虑时，就约定具体的下一步：当天发数字，三天内回电]
    行。周四六点以后最方便。 # outcome: follow-up
    -> END
* [提醒她首月免费只限本月办理，她最好现在就决定 #fault: pressure #tip: 客户要时间考虑时还要逼她，只会把“也许”变成“不要”]
    ~ shift(trust, -10)
    那我就只好错过了，是吧。 # outcome: no-sale
    -> END

=== handover ===
办理要在业务受理台进行。3号窗口的同事小王刚送走一位客户。 # speaker: narrator
* [陪她走过去，先向小王交代清楚：“陈女士要把三个号码转到家庭共享169。孩子们流量总不够用，她要上传课堂视频，还想合成一张账单。” #opening: +1 #technique: store-handover #tip: 交接时把客户的需求说清楚，她就不用再重复一遍]
    ~ shift(trust, 5)
    {fake_discount: -> discount_exposed}
    陈女士您好！情况我都了解了，您一句都不用再重复。麻烦再出示一下身份证。 # speaker: colleague
    哎，真好。这才叫服务。
    -> signed
* [给她取一张业务受理号，告诉她到窗口那边办手续 #opening: -2 #tip: 一句话都不跟同事交代就让她重新排队，她只能从头再说一遍]
    ~ shift(patience, -15)
    六分钟后，3号窗口叫到了她的号。 # speaker: narrator
    下午好！请问您要办理什么业务？ # speaker: colleague
    {patience < 25: -> walk_off}
    {fake_discount: -> discount_exposed}
    她叹了口气，把事情从头又讲了一遍。等手续办完，你正忙着接待另一位客户，她隔着大厅匆匆朝你挥了挥手就走了。 # speaker: narrator
    那就先试试吧。 # outcome: sale
    -> END

=== discount_exposed ===
别忘了每月减我30块！
~ shift(trust, -30)
每月减30元？不好意思，陈女士，这个套餐没有这样的优惠。每月169元，首月免费。 # speaker: colleague
她转过头看着你。 # speaker: narrator
所以刚才那是随口说说的？
* [坦诚道歉：是你说错了，没有这个优惠，真正的优惠是首月免费，只有她觉得合适才办 #conduct: +1 #tip: 立刻承认错误，是保住她一点信任的唯一办法]
    ~ shift(trust, 5)
    嗯，至少你肯认错。可我不喜欢在柜台前被人忽悠。我再考虑考虑吧。 # outcome: no-sale
    -> END
* [请小王去问问经理，看能不能通融一下 #fault: pressure #tip: 硬推一个本来就不存在的承诺，会让整个营业厅显得不可信]
    ~ shift(trust, -10)
    不用了，我要迟到了。
    她拿起收据，径直走出了营业厅。 # speaker: narrator # outcome: hang-up
    -> END

=== signed ===
十分钟后，小王把套餐确认单递给她，她的手机“叮”的一声：“欢迎使用家庭共享”。 # speaker: narrator
* [感谢她，并确认约定：三个号码从今天起使用家庭共享，首月免费，每月1号出一张账单；一周后你会发短信问问孩子们用流量的情况 #technique: confirm-agreement #technique: after-sale-care #tip: 复述约定并承诺回访，能防止这笔成交日后变成投诉]
    太好了。要是乐乐把一百个G全用光了，我就让他来找你！ # outcome: sale
    -> END
* [笑着挥手送她：“祝您用得开心！” #fault: no-next-step #tip: 她离开时既没有复述约定，也没有安排任何回访]
    拜拜！谢谢！ # outcome: sale
    -> END

=== cooling ===
收据打好了。 # speaker: narrator
* [把收据和宣传单交给她，感谢她的光临，到此为止 #conduct: +1 #tip: 她已经两次说不，友好地道别能为下个月留一扇门]
    谢谢，再见。 # outcome: no-sale
    -> END
* [继续说：“就再占用您一分钟，这个您真应该听听” #fault: pressure #tip: 客户明确拒绝后还要硬推，只会把她推出门外]
    ~ shift(trust, -10)
    她拿起收据，一句话也没说就走了。 # speaker: narrator # outcome: hang-up
    -> END

=== cut_to_price ===
她抬头看了看柜台上方的挂钟。 # speaker: narrator
我时间不多了。你就直接告诉我多少钱吧。
-> price

=== walk_off ===
她看了看手表，拎起包，已经转身要走了。 # speaker: narrator
不好意思，我真得走了，要迟到了。 # outcome: hang-up
-> END
