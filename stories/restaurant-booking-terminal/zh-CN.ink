# id: restaurant-booking-terminal
# title: 为生意火爆的湘菜馆推荐订餐宝
# channel: key-account
# product: 订餐宝智能订餐终端
# difficulty: 4
# time-limit: 900
# persona: 唐老板
# persona-age: 47
# persona-role: 两层湘菜馆的老板
# persona-style: driver
# persona-tier: mid
# goal: 弄清谁决策、谁影响、谁使用；挖掘订餐环节的问题；拿下订餐宝订单，或约定具体时间的现场演示。
# brief: 客户：解放路湘味居湘菜馆，两层，26张桌、6个包间，日均接待约300人次。
# brief: 在网业务：2条固话（订餐电话印在菜单上）、200M宽带、4张商务套餐手机卡，月消费约680元，在网6年。
# brief: 档案联系人：唐老板，店主，所有合同由他签字。日常谁接订餐电话、谁管预订，档案里没有记录。
# brief: 近期接触：3周前前台反映午市订餐电话总占线，咨询过加装线路。
# brief: 店里也在外卖平台上线，平台可以订座；其余预订记在一本纸质订餐本上。
# brief: 推荐方案：订餐宝智能订餐终端，每月128元含终端，签约两年，每月含短信1000条。参考客户：隔两条街的老王饺子馆，今年春天起使用。
# brief: 已电话预约：周五10:40拜访，在午市开餐之前。
# need: missed-calls, 午市和晚市高峰时收银台顾不过来，订餐电话响了没人接
# need: no-shows, 纸质订餐本经常把包间订重，预订没人确认，订了不来也没人跟进
# need: regulars, 老板不知道哪些老顾客已经不来了，也没有办法把他们请回来
# objection: platform, competitor, 已经在外卖平台上接受订座
# objection: price, price, 平台抽成之外不想再多一笔月费

INCLUDE ../_lib/customer.ink

// 学员请来了谁、听到了什么、异议处理到哪一步：
// 老板拍板，但只有楼面经理点头，他才会签字。
VAR staff = false
VAR heard_calls = false
VAR heard_noshows = false
VAR heard_regulars = false
VAR lin_backs = false
VAR platform_ok = false
VAR price_ok = false

~ trust = 40
~ patience = 35
~ interest = 25

周五上午10:40，解放路湘味居。后厨锅铲叮当作响，收银台的电话响个不停。老板周建国正在门口清点一筐筐辣椒。 # speaker: narrator
电信来的？十一点半开午市。什么事？
-> opening

=== opening ===
* [自报家门：您是他的电信客户经理，提到前台反映过的订餐电话占线，以及您帮老王饺子馆装的订餐终端，并承诺十分钟讲完 #opening: +1 #technique: opener-trust #technique: respect-time #tip: 一个他能核实的身份、一个他自己反映过的问题、一个时间承诺：驾驭型的老板这样才肯给你下一分钟]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    老王？他天天拿电话旁边那个小玩意儿显摆。行，十分钟，说吧。
    -> mapping
* [热情问候，夸新装修漂亮，问问今年生意怎么样 #opening: -1 #tip: 对驾驭型客户来说，寒暄就是占用他的时间：开门见山，说清来意和他能得到什么]
    ~ shift(patience, -10)
    装修花了我一大笔钱，生意嘛就那样。你不是来聊我家墙的吧？到底什么事？
    -> mapping
* [先说不好意思打扰了，问他能不能耽误几分钟，听您介绍一个新产品 #fault: forbidden-opener #tip: 道歉打扰、耽误几分钟，都是开场白禁用语：等于告诉他你要浪费他的时间]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    说耽误几分钟的，哪个不是半小时起步。一句话，什么事？
    -> mapping
* [直接介绍订餐终端的各项功能：来电显示、确认短信、促销推送、客户分组、营业额日报 #fault: premature-pitch #fault: feature-dump #tip: 一个问题都没问就罗列功能，等于告诉老板你对他的店一无所知]
    ~ shift(patience, -20)
    ~ shift(trust, -10)
    停。进门三十秒就推销小玩意儿的，我不买。
    他转身继续点他的辣椒。 # speaker: narrator
    -> mapping

=== mapping ===
{patience <= 10: -> hang_up}
收银台的电话又响了。年轻的收银员一手接电话，一手给客人找零。 # speaker: narrator
* [问清楚谁接订餐电话、谁管订餐本，像这样的事是不是他一个人拍板 #technique: find-decision-maker #tip: 做政企客户，先弄清谁决策、谁影响、谁使用，再介绍产品]
    -> staff_join
* [问现在的预订都是怎么进来的，周五大概有多少个 #technique: four-layer-information #tip: 信息层问题问得没错，可老板并不接电话：要找到真正接电话的人]
    ~ shift(patience, -5)
    大多是打电话。周五四十来个，包间最先订满。小林记在本子上。电话我不接，我还得管后厨。
    -> mapping_late
* [告诉他电话占线正在让他丢生意，推荐加一条线再配上订餐终端 #fault: premature-pitch #tip: 他还没承认有问题，你就推销解决办法了。先问问天天面对这个问题的人]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    丢生意？谁说的？你在我门口才站了两分钟。
    -> mapping_late

=== mapping_late ===
{patience <= 10: -> hang_up}
* [问能不能请管预订的人和接电话的人过来两分钟，并确认这件事是不是由他拍板 #technique: find-decision-maker #tip: 亡羊补牢：老板签字，但影响者和使用者决定这东西用不用得起来]
    -> staff_join
* [继续只跟老板谈，问他午市订餐电话多久占线一次 #discovery: -1 #tip: 老板是决策者，但不是使用者：他说不清收银台那边发生了什么]
    ~ shift(patience, -10)
    我哪知道？我不是在后厨就是在大堂。电话是收银的事。
    -> implication

=== staff_join ===
~ staff = true
~ shift(trust, 5)
店里的事都是我签字。小林管大堂，订餐本在她手上。收银台的小陈接电话，忙得过来的时候接。小林！小陈！过来两分钟。
楼面经理林慧夹着一本厚厚的订餐本走了过来。小陈半侧着身子站在收银台边，一只眼睛还盯着电话。 # speaker: narrator
-> user_question

=== user_question ===
{patience <= 10: -> hang_up}
* [请小陈讲讲午市一忙起来、电话一响的时候，收银台那边是什么情况 #technique: open-question #tip: 使用者最清楚痛点在哪。开放式问题让他用自己的话说出来]
    ~ heard_calls = true
    ~ shift(interest, 5)
    说实话？十二点一到，结账的排成一长串，电话一响我根本走不开。就算接了，也是随手找张纸记下来，再跑去交给林经理。周五晚上，总有五六个电话响到断都没人接。 # speaker: 小陈 # reveals: missed-calls
    五六个？你怎么从来没跟我说过？
    -> influencer_question
* [问小陈有没有漏接过订餐电话 #tip: 当着老板的面问是不是，对方只会下意识说没有：问事情是怎么运转的，别问他有没有出错]
    ~ shift(patience, -10)
    小陈看了唐老板一眼。 # speaker: narrator
    偶尔吧。不多。 # speaker: 小陈
    -> influencer_question
* [暗示电话漏接是因为收银太慢，问他结一张单要多久 #fault: intrusive-question #tip: 难点问题绝不能伤人自尊：问情况，不要质疑一个人的能力]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    小陈脸一红，转身回去招呼排队的客人。 # speaker: narrator
    我的员工都很卖力。别跑到我店里来怪他们。
    -> influencer_question

=== influencer_question ===
{patience <= 10: -> hang_up}
* [问林经理：周五晚上满座的时候，订餐本最容易出什么问题 #technique: spin-problem #tip: 难点问题找出需求背后的不满，也让影响者感到你尊重她的工作]
    ~ heard_noshows = true
    ~ shift(interest, 5)
    两个人往上写，谁也认不清谁的字。上个月有个周五，七点钟的3号包间我同时给了两拨客人。还有订了不来的：十个人的桌订了就是不来，我为他们还回绝了散客。我哪有时间一个个打回去确认。 # speaker: 林经理 # reveals: no-shows
    -> implication
* [问林经理是不是更想用电脑系统，不用纸质本子了 #tip: 一上来就问要不要换掉她的工具，影响者会本能地防御：先问她遇到的难处]
    ~ shift(patience, -10)
    这本子我记了八年了，好用得很。 # speaker: 林经理
    -> implication
* [谢过两位员工，转回来跟唐老板谈漏接电话的损失 #tip: 楼面经理是影响者。现在把她晾在一边，等老板回头问她意见时，她不会帮你说话]
    ~ staff = false
    林经理耸耸肩，回去摆台了。小陈也回到了收银台。 # speaker: narrator
    -> implication

=== implication ===
{patience <= 10: -> hang_up}
* [问他周五晚上丢一桌客人值多少钱，一个月下来加起来是多少 #technique: spin-implication #tip: 暗示问题让难点的代价浮出水面。让他自己算这笔账]
    ~ shift(interest, 15)
    六个人一桌，在我这儿消费四五百。
    {
    - heard_calls && heard_noshows:
        五个电话没人接，再加上一两桌订了不来的……
        他掰着手指头算到一半，停住了。 # speaker: narrator
        每个周五就有两千块从门口溜走。一个月八千到一万。
    - heard_calls || heard_noshows:
        要是真像他们说的，每个周五就是两三千。一个月八千，可能还不止。
    - else:
        丢了多少我也说不清。几桌吧。
        他皱起了眉头。 # speaker: narrator
        不过一个礼拜丢几桌，那可不是小钱。
    }
    -> regulars
* [直接告诉他，丢掉的这些桌每个月要让他损失好几千 #discovery: -1 #tip: 替驾驭型客户算他自己的账只会惹恼他。提出问题，让他自己得出那个数字]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    别跟我算我的账。这店我开了十一年了。
    -> regulars
* [不再多问，直接讲订餐终端能做什么 #tip: 没有暗示问题，问题在他心里就还是小问题，你的价格就会显得很贵]
    -> present

=== regulars ===
{patience <= 10: -> hang_up}
* [问他现在怎么记住老顾客，又怎么知道哪位老顾客不来了 #technique: four-layer-information #tip: 了解现状的信息层问题，能挖出客户自己都没说出口的需求]
    ~ heard_regulars = true
    ~ shift(interest, 5)
    靠脑子记。还有小林的脑子。
    他顿了一下。 # speaker: narrator
    区里吴主任那帮人，好几年每个月都来吃。直到小林提起，我才发现他们不来了。两个月了。我估计是去对面那家新店了。 # reveals: regulars
    -> summary
* [向他要老顾客的电话号码，说可以帮他导入终端 #fault: privacy-breach #tip: 不需要的客户个人信息绝不要索取。顾客的号码属于饭店，受法律保护]
    ~ shift(trust, -20)
    ~ shift(patience, -10)
    我顾客的电话？给一个推销员？想都别想。
    -> summary
* [问他有没有做什么营销，把客人拉回来 #tip: 问有没有做营销，只能得到有或没有的回答。不如问他怎么掌握老顾客的情况]
    ~ shift(patience, -10)
    过年发过优惠卡。没人拿回来用过。
    -> summary

=== summary ===
{patience <= 10: -> hang_up}
行了。你有什么办法？说快点。
* [用他们自己的话把听到的问题总结一遍，确认没有理解错 #technique: summarise #tip: 简短的总结让决策者先认可问题，再看你的解决办法]
    ~ shift(trust, 5)
    {
    - heard_calls && heard_noshows && heard_regulars:
        就是这么回事。电话没人接，本子没人看得懂，老顾客走了我都不知道。
    - heard_calls || heard_noshows:
        差不多。订座老出岔子。
    - else:
        差不多吧。接着说。
    }
    -> present
* [直接要单：订一台订餐终端，下周安装 #close: close-direct #tip: 还没出现任何购买信号就要单，只会把驾驭型客户推开。他连这东西能干什么都还没听到]
    ~ shift(patience, -10)
    订什么？你连它能干什么都还没说。
    -> present

=== present ===
{patience <= 10: -> hang_up}
{
- staff:
    林经理留下来听，小陈在收银台那边也竖着一只耳朵。 # speaker: narrator
}
* [用FABE介绍：来电识别、订餐确认短信、客户分组，每一项都对应刚才听到的问题，讲清对他们意味着什么 #technique: fabe #tip: 特征、优势、利益，再给证据，每个利益都要对应客户亲口说出的问题]
    ~ shift(interest, 15)
    -> fabe_words
* [把功能从头到尾讲一遍：来电显示、手写屏、确认短信、促销推送、节日问候、客户分组、服务员通知、每日营业额报告 #fault: feature-dump #tip: 和他的问题不挂钩的功能清单只是产品目录，不是购买理由]
    ~ shift(patience, -15)
    我问的是它能给我干什么，不是让你念产品目录。
    -> evidence
* [把它说成一台接入中央平台的CRM终端，带短信网关，还能向迎宾员手机推送消息 #fault: jargon #tip: 行话会让忙碌的老板听不下去。用他的话说：电话、桌位、老顾客]
    ~ shift(patience, -10)
    说人话。我是开饭馆的。
    -> evidence

=== fabe_words ===
{
- heard_calls:
    订餐电话一进来，屏幕上就显示是谁打来的：姓名、来过几次、上次什么时候来的。就算收银台前排着队，小陈也能叫出老顾客的称呼，点几下就把预订记好。 # speaker: trainee
- else:
    订餐电话一进来，屏幕上就显示是谁打来的：姓名、来过几次、上次什么时候来的，点几下就把预订记好。 # speaker: trainee
}
{
- heard_noshows:
    预订记在屏幕上，不再写在本子上，同一个包间不可能订给两拨人；客人一挂电话就收到短信，包间、时间、地址都在里面，可以直接转发给一起吃饭的人，忘了来的就少多了。 # speaker: trainee
- else:
    客人一挂电话就收到短信，桌号、时间、地址都在里面，可以直接转发给一起吃饭的人。 # speaker: trainee
}
{
- heard_regulars:
    每个月它还会把客人自动分成新客、回头客、老顾客和需要挽留的客人。像吴主任这样的，不用等两个月您就能看出苗头，发条邀请把他请回来。 # speaker: trainee
- else:
    每个月它还会把客人自动分成新客、回头客、老顾客和需要挽留的客人，该请谁回来一目了然。 # speaker: trainee
}
{
- staff:
    客人收到短信就知道是哪个包间，我在屏幕上就能看到预订单？那我就不用满大堂追着纸条跑了。 # speaker: 林经理 # signal: verbal
}
唐老板把手里的记录板放在了柜台上。 # speaker: narrator # signal: physical
-> evidence

=== evidence ===
{patience <= 10: -> hang_up}
{
- staff:
    那订了不来的，它真能管住吗？ # speaker: 林经理
- else:
    这附近真有人在用？
}
* [实话实说它对订了不来能做到什么、做不到什么，再讲老王饺子馆用了以后的效果，并说明老王同意他们打电话问他 #technique: honest-answer #technique: present-testimonial #tip: 坦白产品的局限，证据才可信；邻居的数字是驾驭型客户可以自己去核实的证据]
    {
    - staff:
        不可能全管住，什么办法都做不到。老王饺子馆今年春天装的。以前周末大概每八个预订就有一个不来；有了确认短信和当天的提醒，现在大约二十个里有一个。头一个月他给三十几位好久没来的老顾客发了短信，回来了十几位。他说您随时可以打电话问他。 # speaker: trainee
    - else:
        隔两条街的老王饺子馆，今年春天装的。它管不住所有订了不来的，什么办法都做不到，但以前周末大概每八个预订就有一个不来，现在大约二十个里有一个。头一个月他给三十几位好久没来的老顾客发了短信，回来了十几位。他说您随时可以打电话问他。 # speaker: trainee
    }
    {
    - staff:
        ~ lin_backs = true
        二十个里一个。这个我认。 # speaker: 林经理 # signal: verbal
    - else:
        二十个里一个……老王花钱可精着呢。 # signal: verbal
    }
    -> privacy
* [保证它能彻底杜绝订了不来和重复订座 #fault: false-promise #tip: 没有哪个系统能杜绝爽约。老板一听就知道是假话，你刚建立的信任就没了]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    {
    - staff:
        订了不来哪能杜绝？你管过大堂吗？ # speaker: 林经理
    }
    做不到的事别跟我打包票。
    -> privacy
* [用演示手机订一桌，让他们看着确认短信发过来 #technique: present-experience #tip: 让客户亲自体验没错，但离开餐只剩四十分钟，邻居的数字会更快]
    ~ shift(patience, -10)
    一部手机嗡地一响：桌号、时间、地址，还有一个地图链接。 # speaker: narrator
    {
    - staff:
        ~ lin_backs = true
        哟，连地图都发。客人会喜欢的。 # speaker: 林经理 # signal: emotional
    - else:
        嗯。还挺像样。 # signal: emotional
    }
    -> privacy

=== privacy ===
{patience <= 10: -> hang_up}
还有这个客户名单。凡是给我们打过电话的，我都能群发优惠短信吗？ # signal: verbal
* [说明只给订过餐、没有退订的客人发，每条短信都带退订方式，这是个人信息保护法的要求 #technique: protect-privacy #tip: 保护个人信息：营销短信只发给同意接收的客人，在他被投诉之前先讲清楚]
    ~ shift(trust, 5)
    有道理。我也不想被人投诉。
    -> platform
* [告诉他可以，凡是打过电话的号码都能收到他的优惠 #fault: privacy-breach #tip: 未经同意给每个来电号码发营销短信，违反个人信息保护法，被投诉的是饭店]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    {
    - staff:
        我表姐的茶叶店就因为发这种短信被人举报过。 # speaker: 林经理
    }
    嗯。再说吧。
    -> platform

=== platform ===
{patience <= 10: -> hang_up}
不过话说回来。我们已经上了外卖平台，客人在上面也能订座。我干吗还要你这个盒子？ # raises: platform
* [问他：老顾客通过平台订座，客人名单最后归谁？平台每单又抽多少 #technique: objection-guide #tip: 引导法：用问题让他自己看出区别，不说平台一句坏话]
    ~ platform_ok = true
    ~ shift(trust, 5)
    平台的呗。还要抽成。回头还给他们推对面那家的优惠券。
    他哼了一声。 # speaker: narrator
    行吧。平台是招生客的，电话是留熟客的。 # resolved: platform
    -> price
* [认同平台拉新客确实有用，说明终端和平台并行，专管电话订座和老顾客 #technique: objection-empathy #tip: 先认同，再说明两者怎么配合：他原来好用的东西照样留着]
    ~ platform_ok = true
    ~ shift(patience, -5)
    并行。行。只要同一桌我别付两份钱就好。 # resolved: platform
    -> price
* [告诉他外卖平台就是在吸饭店的血，还把客人卖给竞争对手 #fault: badmouth-competitor #tip: 贬低他自己选的合作方，等于否定他的眼光。展示你自己的价值]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    我三分之一的新客人是那个平台带来的。别贬低跟我做生意的人。
    -> price

=== price ===
{patience <= 10: -> hang_up}
他拿起你放在柜台上的报价单。 # speaker: narrator
每月128，签两年。平台抽成、电话费之外，又多一笔账。 # raises: price
* [反问他：每月128块，和周五晚上响到断的那些桌，哪个对他更要紧 #technique: reverse-question #tip: 反问把价格异议转回需求：让他自己拿月费和自己的损失比一比]
    ~ price_ok = true
    ~ shift(interest, 10)
    他愣了一下，短促地笑了一声。 # speaker: narrator
    一个月多做一桌六个人的，就回本了。这么一说倒也是。 # resolved: price # signal: emotional
    -> close
* [把价格拆开算：每天四块多，还不到一碗面钱 #technique: price-daily-split #tip: 分解到每天的价格回应了贵的顾虑，但驾驭型客户更在意不用它会损失多少]
    ~ price_ok = true
    ~ shift(patience, -5)
    什么东西切细了都是一天四块钱。
    他耸耸肩。 # speaker: narrator
    算了，不是钱的问题，是买了有没有人用。 # resolved: price
    -> close
* [跟他说比起给平台的抽成，这点钱很便宜 #fault: argue #tip: 说他对自己的成本判断错了，就是挑起一场你赢不了的争论]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    别跟我说什么便宜。账是我在付，不是你。
    -> close
* [提出只要今天签约，第一年费用全免 #fault: false-promise #fault: pressure #tip: 免一年费用不是你一个人说了算的，临时编出来的仅限今天就是施压]
    ~ shift(trust, -20)
    ~ shift(patience, -10)
    免一年？那你写下来，盖上你们经理的章。
    他盯着你的脸看了看。 # speaker: narrator
    我就知道。
    -> close

=== close ===
{patience <= 10: -> hang_up}
{
- price_ok:
    多快能装上？下周六我们有一场婚宴。 # signal: verbal
}
{
- lin_backs:
    唐老板看了林经理一眼。她点了点头。 # speaker: narrator # signal: physical
- staff:
    唐老板看了林经理一眼。她抱着胳膊没吭声。 # speaker: narrator
}
* [告诉他老王签的也是这个套餐，一个上午就装好了，提议像老王那样把安装定在周一上午 #close: close-testimonial #tip: 客户见证促成：他信得过的邻居做了同样的选择，周一又赶在婚宴之前]
    老王是周四签的，周一中午就用它接订餐了。您这边也一样：周一上午九点半安装，赶在婚宴前头。我给您定下来？ # speaker: trainee
    -> decide
* [给他两个安装时间选：周一上午还是周二上午 #close: close-either-or #tip: 二选一：两个答案都是同意，驾驭型客户喜欢自己拿主意]
    周一或者周二上午九点半，我都能安排工程师过来，都在午市备菜之前。您看哪天合适？ # speaker: trainee
    -> decide
* [提议周二下午三点客人少的时候带一台演示机过来，让楼面经理和收银员试用 #close: close-trial #tip: 小步试用：使用者先试，老板再签。影响者还没被说服的时候正合适]
    {
    - trust >= 30:
        周二下午三点。小林和小陈要是用得顺手，我们再谈。
        -> meeting_confirm
    - else:
        -> no_sale
    }
* [留下一份宣传册，请他考虑好了给您打电话 #fault: no-close #tip: 他已经发出了购买信号：问怎么用、楼面经理也点了头。该提出成交了，别把功课留给他]
    -> brochure

=== decide ===
{
- lin_backs && price_ok && platform_ok && trust >= 55:
    周一上午九点半，备菜之前。小林，你来学。 # signal: verbal
    -> after_sale
- staff && not lin_backs && trust >= 35:
    我得先看看它好不好用，才舍得丢掉我的本子。 # speaker: 林经理
    听见了吧。周二下午三点带一台过来，给她演示演示。
    -> meeting_confirm
- not staff && trust >= 35:
    真正用它的是小林，我们的楼面经理，她连见都还没见过。周二下午三点带一台过来给她看看。
    -> meeting_confirm
- trust >= 35 && not platform_ok:
    今天不定。平台我是不会撤的，不管你怎么看它。周二下午三点带一台过来，让他们试试再说。
    -> meeting_confirm
- trust >= 35:
    今天不定。周二下午三点带一台过来，让他们试试，然后再谈。
    -> meeting_confirm
- else:
    -> no_sale
}

=== after_sale ===
* [感谢他，确认订单和安装时间，讲清后续跟进安排，并把您的直线电话留给林经理和小陈 #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: 致谢、确认约定、给出带日期的下一步，并让使用者知道有问题找谁]
    谢谢唐老板。一台终端接在订餐电话上，周一上午九点半安装。安装说明明天之前发给您，上线三天后我给林经理打电话回访，一周后我把第一份客户分析报告带过来。林经理、小陈，这是我的直线电话，周一我多留十五分钟，带你们操作一遍。 # speaker: trainee
    周一十五分钟，在午市之前。 # speaker: 林经理
    好。小林，这个归你管了。
    他已经在喊人把辣椒搬进后厨了。 # speaker: narrator # outcome: sale
    -> END
* [感谢他，说文件的事回头再联系 #fault: no-next-step #tip: 回头是什么时候？成交了却没有明确下一步，老板不知道谁该做什么]
    ~ shift(trust, -5)
    回头是哪天？我周一就要装上。
    他已经往后厨走了。 # speaker: narrator # outcome: sale
    -> END
* [趁他高兴，再推荐加一张手机卡，顺便把宽带升级一下 #fault: pressure #tip: 刚成交就加码推销，会让到手的单子有风险。确认约定，然后告辞]
    ~ shift(trust, -10)
    别得寸进尺。一样一样来。 # outcome: sale
    -> END

=== meeting_confirm ===
* [确认周二下午三点，楼面经理和收银员都在场；明天之前发一份附老王数据的书面方案，周一再打电话确认时间 #technique: confirm-agreement #technique: follow-up-plan #tip: 演示时间只有确认了才算数，中间还要有方案和提醒电话]
    那就周二下午三点。附老王饺子馆数据的方案明天之前发给您，周一我再打电话确认一下时间。 # speaker: trainee
    周二三点。别迟到，四点前走人。 # outcome: meeting
    -> END
* [说下周再打电话约演示的时间 #fault: no-next-step #tip: 他已经给了日子和钟点，当场确认，不然就黄了]
    那就打吧。
    他已经转身往后厨走了。 # speaker: narrator # outcome: follow-up
    -> END

=== brochure ===
放小陈那儿吧。
* [说周二下午会打电话解答他的问题，并带上老王饺子馆的数据 #technique: follow-up-plan #tip: 至少有一个带日期的下一步，门就还开着]
    要是我看了的话。 # outcome: follow-up
    -> END
* [说回头再联系 #fault: no-next-step #tip: 没有日期、也没有再联系的理由，宣传册最后只会压在收银台底下]
    宣传册被塞进收银台底下，和外卖菜单压在了一起。 # speaker: narrator # outcome: no-sale
    -> END

=== no_sale ===
今天不谈了。我还要开午市。 # outcome: no-sale
-> END

=== hang_up ===
够了。我还有饭馆要管。
他头也不回地走进了后厨。 # speaker: narrator # outcome: hang-up
-> END
