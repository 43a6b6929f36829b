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

周五上午10:40，解放路湘味居。后厨锅铲叮当作响，收银台的电话响个不停。唐老板正在门口清点一筐筐辣椒。 # speaker: narrator
电信来的？十一点半开午市。什么事？
-> opening

=== opening ===
* [唐老板您好，我是电信负责您这边的客户经理。前台反映午市订餐电话老占线，老王饺子馆原来也这样，是我帮他解决的。就占您十分钟。 #opening: +1 #technique: opener-trust #technique: respect-time #tip: 一个他能核实的身份、一个他自己反映过的问题、一个时间承诺：驾驭型的老板这样才肯给你下一分钟]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    老王？他天天拿电话旁边那个小玩意儿显摆。行，十分钟，说吧。
    -> mapping
* [唐老板早！门面重新装修过了吧，真气派，花了不少钱吧？今年生意怎么样？看收银台排的队，比去年还火吧？ #opening: -1 #tip: 对驾驭型客户来说，寒暄就是占用他的时间：开门见山，说清来意和他能得到什么]
    ~ shift(patience, -10)
    装修花了我一大笔钱，生意嘛就那样。你不是来聊我家墙的吧？到底什么事？
    -> mapping
* [唐老板，不好意思，快开餐了还来打扰您，我知道您忙。能耽误您几分钟吗？我们新出了一款产品，想给您介绍一下。 #fault: forbidden-opener #tip: 道歉打扰、耽误几分钟，都是开场白禁用语：等于告诉他你要浪费他的时间]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    说耽误几分钟的，哪个不是半小时起步。一句话，什么事？
    -> mapping
* [唐老板，我给您带来了我们最新的订餐终端：来电显示、确认短信、促销推送、客户分组，还有每天的营业额报表，一个月只要128块钱。 #fault: premature-pitch #fault: feature-dump #tip: 一个问题都没问就罗列功能，等于告诉老板你对他的店一无所知]
    ~ shift(patience, -20)
    ~ shift(trust, -10)
    停。进门三十秒就推销小玩意儿的，我不买。
    他转身继续点他的辣椒。 # speaker: narrator
    -> mapping

=== mapping ===
{patience <= 10: -> hang_up}
收银台的电话又响了。年轻的收银员一手接电话，一手给客人找零。 # speaker: narrator
* [先不急着给您介绍东西。平时订餐电话是谁接、订餐本是谁管？这种事是您一个人拍板，还是也得听听他们的意见？ #technique: find-decision-maker #tip: 做政企客户，先弄清谁决策、谁影响、谁使用，再介绍产品]
    -> staff_join
* [现在客人订座主要是怎么订的，打电话还是在平台上订？像周五这样的日子，一天大概有多少个预订？ #technique: four-layer-information #tip: 信息层问题问得没错，可老板并不接电话：要找到真正接电话的人]
    ~ shift(patience, -5)
    大多是打电话。周五四十来个，包间最先订满。小林记在本子上。电话我不接，我还得管后厨。
    -> mapping_late
* [您听，电话又响了。每个没接到的电话都是一桌客人。加一条线，再配上我们的订餐终端，这些电话大部分都能接住，再忙也不怕。 #fault: premature-pitch #tip: 他还没承认有问题，你就推销解决办法了。先问问天天面对这个问题的人]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    丢生意？谁说的？你在我门口才站了两分钟。
    -> mapping_late

=== mapping_late ===
{patience <= 10: -> hang_up}
* [能不能请管预订和接电话的同事过来两分钟？他们最清楚。最后还是您拍板，对吧？ #technique: find-decision-maker #tip: 亡羊补牢：老板签字，但影响者和使用者决定这东西用不用得起来]
    -> staff_join
* [那您觉得午市订餐电话多久会占线一次？一个礼拜偶尔一两回，还是每个饭点一直占着？ #discovery: -1 #tip: 老板是决策者，但不是使用者：他说不清收银台那边发生了什么]
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
* [小陈，你给我讲讲：十二点一到，收银台前排着队，这时候电话响了，你那边一般是什么情况？ #technique: open-question #tip: 使用者最清楚痛点在哪。开放式问题让他用自己的话说出来]
    ~ heard_calls = true
    ~ shift(interest, 5)
    十二点一到，结账的排成一长串，电话一响我根本走不开。就算接了，也是随手找张纸记下来，再跑去交给林经理。周五晚上，总有五六个电话响到断都没人接。 # speaker: 小陈 # reveals: missed-calls
    五六个？你怎么从来没跟我说过？
    -> influencer_question
* [小陈，中午特别忙的时候，你有没有漏接过订餐电话？哪怕只是偶尔一两次也算。 #tip: 当着老板的面问是不是，对方只会下意识说没有：问事情是怎么运转的，别问他有没有出错]
    ~ shift(patience, -10)
    小陈看了唐老板一眼。 # speaker: narrator
    偶尔吧。不多。 # speaker: 小陈
    -> influencer_question
* [小陈，你结一张单一般要多久？要是收银太慢的话，我估计那么多电话没人接，就是这个原因吧。 #fault: intrusive-question #tip: 难点问题绝不能伤人自尊：问情况，不要质疑一个人的能力]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    小陈脸一红，转身回去招呼排队的客人。 # speaker: narrator
    我的员工都很卖力。别跑到我店里来怪他们。
    -> influencer_question

=== influencer_question ===
{patience <= 10: -> hang_up}
* [林经理，周五晚上满座的时候，这本订餐本最让您头疼的是什么？出过最乱的一次是什么情况？ #technique: spin-problem #tip: 难点问题找出需求背后的不满，也让影响者感到你尊重她的工作]
    ~ heard_noshows = true
    ~ shift(interest, 5)
    两个人往上写，谁也认不清谁的字。上个月有个周五，七点钟的3号包间我同时给了两拨客人。还有订了不来的：十个人的桌订了就是不来，我为他们还回绝了散客。我哪有时间一个个打回去确认。 # speaker: 林经理 # reveals: no-shows
    -> implication
* [林经理，要是把这些都放到屏幕上，不用这个纸质本子了，您是不是更愿意？记本子挺麻烦的吧。 #tip: 一上来就问要不要换掉她的工具，影响者会本能地防御：先问她遇到的难处]
    ~ shift(patience, -10)
    这本子我记了八年了，好用得很。 # speaker: 林经理
    -> implication
* [谢谢两位，不耽误你们备餐了。唐老板，咱们接着算算，漏接的电话让您损失了多少。 #tip: 楼面经理是影响者。现在把她晾在一边，等老板回头问她意见时，她不会帮你说话]
    ~ staff = false
    林经理耸耸肩，回去摆台了。小陈也回到了收银台。 # speaker: narrator
    -> implication

=== implication ===
{patience <= 10: -> hang_up}
* [周五晚上一桌六个人，在您这儿大概消费多少？要是每个周五都丢几桌，一个月下来是多少？ #technique: spin-implication #tip: 暗示问题让难点的代价浮出水面。让他自己算这笔账]
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
* [像您这儿一桌少说也得几百块吧。每个周五丢上几桌，一个月下来轻轻松松就是好几千块钱呢。 #discovery: -1 #tip: 替驾驭型客户算他自己的账只会惹恼他。提出问题，让他自己得出那个数字]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    别跟我算我的账。这店我开了十一年了。
    -> regulars
* [好，您的需求我基本都清楚了。我直接给您讲讲，这个终端怎么解决这些问题。 #tip: 驾驭型客户喜欢快，但没有暗示问题，问题在他心里就还是小问题，你的价格就会显得很贵，老顾客的事你也没机会听到]
    -> present

=== regulars ===
{patience <= 10: -> hang_up}
* [那老顾客呢？您现在是怎么记住他们的？要是哪位老顾客不来了，您怎么能知道？ #technique: four-layer-information #tip: 了解现状的信息层问题，能挖出客户自己都没说出口的需求]
    ~ heard_regulars = true
    ~ shift(interest, 5)
    靠脑子记。还有小林的脑子。
    他顿了一下。 # speaker: narrator
    区里吴主任那帮人，好几年每个月都来吃。直到小林提起，我才发现他们不来了。两个月了。我估计是去对面那家新店了。 # reveals: regulars
    -> summary
* [您把老顾客的电话号码给我一份，终端装上之前，我先帮您把这些号码全部导进去。 #fault: privacy-breach #tip: 不需要的客户个人信息绝不要索取。顾客的号码属于饭店，受法律保护]
    ~ shift(trust, -20)
    ~ shift(patience, -10)
    我顾客的电话？给一个推销员？想都别想。
    -> summary
* [您现在有没有做什么活动，把老顾客拉回来？比如发代金券、办会员卡之类的？ #tip: 问有没有做营销，只能得到有或没有的回答。不如问他怎么掌握老顾客的情况]
    ~ shift(patience, -10)
    过年发过优惠卡。没人拿回来用过。
    -> summary

=== summary ===
{patience <= 10: -> hang_up}
行了。你有什么办法？说快点。
* [我长话短说，先确认一下：订座在电话和本子之间老出岔子，一直在损失钱，对吧？ #technique: summarise #tip: 简短的总结让决策者先认可问题，再看你的解决办法]
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
* [情况我都清楚了。咱们就给订餐电话装一台终端，下周我就安排师傅上门安装。 #close: close-direct #tip: 还没出现任何购买信号就要单，只会把驾驭型客户推开。他连这东西能干什么都还没听到]
    ~ shift(patience, -10)
    订什么？你连它能干什么都还没说。
    -> present
* [回答之前我再问一句：要是每个电话都有人接、每个包间都确认好，这对您来说值多少？ #discovery: -1 #tip: 需求效益问题是好工具，但驾驭型客户刚让你说快点、给答案。这时再追问，听起来就像在拖时间：一句话总结，然后拿出办法]
    ~ shift(patience, -10)
    我问你话呢，别拿问题来回答问题。
    -> present

=== present ===
{patience <= 10: -> hang_up}
{
- staff:
    林经理留下来听，小陈在收银台那边也竖着一只耳朵。 # speaker: narrator
}
* [我就按您几位刚才说的这几个问题，一个一个讲，讲讲这个终端能帮您改变什么。 #technique: fabe #tip: 特征、优势、利益，再给证据，每个利益都要对应客户亲口说出的问题]
    ~ shift(interest, 15)
    -> fabe_words
* [它功能很全：来电显示、手写屏、确认短信、促销推送、节日问候、客户分组、每日营业报表。 #fault: feature-dump #tip: 和他的问题不挂钩的功能清单只是产品目录，不是购买理由]
    ~ shift(patience, -15)
    我问的是它能给我干什么，不是让你念产品目录。
    -> evidence
* [它是一台接入我们中央平台的CRM终端，带短信网关，能向迎宾员手机推送消息。 #fault: jargon #tip: 行话会让忙碌的老板听不下去。用他的话说：电话、桌位、老顾客]
    ~ shift(patience, -10)
    说人话。我是开饭馆的。
    -> evidence

=== fabe_words ===
{
- heard_calls:
    每个电话打进来，屏幕上都会弹出号码，订过餐的客人连姓名、来过几次都会显示。没接到的电话会留在列表里，高峰一过，小陈照着回拨，客人就不会转头订了别家。记预订点几下就行，不用再随手找张纸记了跑去交给林经理。 # speaker: trainee
- else:
    每个电话打进来，屏幕上都会弹出号码，订过餐的客人连姓名都会显示。没接到的电话会留在列表里，高峰过后照着回拨就行，记预订点几下就好。 # speaker: trainee
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
* [隔两条街的老王饺子馆，今年春天就装上了。订了不来的不可能全管住，不过他的数字您可以听听。 #technique: honest-answer #technique: present-testimonial #tip: 坦白产品的局限，证据才可信；邻居的数字是驾驭型客户可以自己去核实的证据]
    以前周末大概每八个预订就有一个不来；有了确认短信和当天的提醒，现在大约二十个里有一个。头一个月他给三十几位好久没来的老顾客发了短信，回来了十几位。他说您随时可以打电话问他。 # speaker: trainee
    {
    - staff:
        ~ lin_backs = true
        二十个里一个。这个我认。 # speaker: 林经理 # signal: verbal
    - else:
        二十个里一个……老王花钱可精着呢。 # signal: verbal
    }
    -> privacy
* [老王饺子馆今年春天装上以后，包间一次都没订重过，订了不来的一个都没有。不信您自己打电话问他。 #fault: false-promise #tip: 拿参考客户说事听起来像证据，可没有哪个系统能杜绝爽约。夸大邻居的效果就是虚假承诺，老板打个电话就能戳穿]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    {
    - staff:
        一个不来的都没有？哪有这种事。你管过大堂吗？ # speaker: 林经理
    }
    做不到的事别跟我打包票。
    -> privacy
* [我说再多，也不如您亲眼看看。我现在就用手机订一桌，您看着确认短信发过来。 #technique: present-experience #tip: 让客户亲自体验没错，但离开餐只剩四十分钟，邻居的数字会更快]
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
* [订过餐、而且同意接收的客人可以发。每条短信都得带退订方式，这是个人信息保护法的要求。 #technique: protect-privacy #tip: 保护个人信息：营销短信只发给同意接收的客人，在他被投诉之前先讲清楚]
    ~ shift(trust, 5)
    有道理。我也不想被人投诉。
    -> platform
* [可以，凡是给您打过电话的号码都在名单上，您想什么时候群发就什么时候发。 #fault: privacy-breach #tip: 未经同意给每个来电号码发营销短信，违反个人信息保护法，被投诉的是饭店]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    {
    - staff:
        我表姐的茶叶店就因为发这种短信被人举报过。 # speaker: 林经理
    }
    嗯。再说吧。
    -> platform
* [订过餐的客人都可以发。他们订座的时候自己留了电话，这就等于已经同意您给他们发优惠短信了。 #fault: privacy-breach #tip: 为订座留下的号码，不等于同意接收营销短信。按个人信息保护法，优惠只能发给同意接收的客人，而且每条都要能退订]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    {
    - staff:
        真的假的？我表姐的茶叶店就因为发这种短信被人举报过。 # speaker: 林经理
    }
    嗯。再说吧。
    -> platform

=== platform ===
{patience <= 10: -> hang_up}
不过话说回来。我们已经上了外卖平台，客人在上面也能订座。我干吗还要你这个盒子？ # raises: platform
* [老顾客在平台上订座，这个客人最后算谁的？平台每一单又要从您这儿抽多少？ #technique: objection-guide #tip: 引导法：用问题让他自己看出区别，不说平台一句坏话]
    ~ platform_ok = true
    ~ shift(trust, 5)
    平台的呗。还要抽成。回头还给他们推对面那家的优惠券。
    他哼了一声。 # speaker: narrator
    行吧。平台是招生客的，电话是留熟客的。 # resolved: platform
    -> price
* [平台拉新客确实好用，您接着用。终端管的是电话订座和老顾客，两边并行，互不冲突。 #technique: objection-empathy #tip: 先认同，再说明两者怎么配合：他原来好用的东西照样留着]
    ~ platform_ok = true
    ~ shift(patience, -5)
    并行。行。只要同一桌我别付两份钱就好。 # resolved: platform
    -> price
* [那些平台就是在吸饭店的血，每桌抽成，回头还把老顾客推给对面那家。 #fault: badmouth-competitor #tip: 贬低他自己选的合作方，等于否定他的眼光。展示你自己的价值]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    我三分之一的新客人是那个平台带来的。别贬低跟我做生意的人。
    -> price

=== price ===
{patience <= 10: -> hang_up}
他拿起你放在柜台上的报价单。 # speaker: narrator
每月128，签两年。平台抽成、电话费之外，又多一笔账。 # raises: price
* [您看哪个更要紧：每月128块，还是周五晚上那些响到断都没人接的桌？ #technique: reverse-question #tip: 反问把价格异议转回需求：让他自己拿月费和自己的损失比一比]
    ~ price_ok = true
    ~ shift(interest, 10)
    他愣了一下，短促地笑了一声。 # speaker: narrator
    一个月多做一桌六个人的，就回本了。这么一说倒也是。 # resolved: price # signal: emotional
    -> close
* [您换个角度算算：摊到每天也就四块多钱，还不到一碗面的钱呢。 #technique: price-daily-split #tip: 分解到每天的价格回应了贵的顾虑，但驾驭型客户更在意不用它会损失多少]
    ~ price_ok = true
    ~ shift(patience, -5)
    什么东西切细了都是一天四块钱。
    他耸耸肩。 # speaker: narrator
    算了，不是钱的问题，是买了有没有人用。 # resolved: price
    -> close
* [这真不贵。跟您每个月给平台交的抽成比起来，这点钱根本不算什么。 #fault: argue #tip: 说他对自己的成本判断错了，就是挑起一场你赢不了的争论]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    别跟我说什么便宜。账是我在付，不是你。
    -> close
* [您要是今天就签，我帮您把第一年的费用全都免了。不过这个优惠只限今天。 #fault: false-promise #fault: pressure #tip: 免一年费用不是你一个人说了算的，临时编出来的仅限今天就是施压]
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
* [老王是周四签的，周一中午就用上了。您这边也这么安排：周一上午九点半装，给您定下来？ #close: close-testimonial #tip: 客户见证促成：他信得过的邻居做了同样的选择，周一又赶在婚宴之前]
    -> decide
* [周一或者周二上午九点半，我都能安排师傅过来，都在午市备菜之前。您看哪天方便？ #close: close-either-or #tip: 二选一：两个答案都是同意，驾驭型客户喜欢自己拿主意]
    -> decide
* [我周二下午三点客人少的时候带台演示机过来，让以后用它的同事先试一试，您看行吗？ #close: close-trial #tip: 小步试用：使用者先试，老板再签。影响者还没被说服的时候正合适]
    {
    - trust >= 30:
        周二下午三点。小林和小陈要是用得顺手，我们再谈。
        -> meeting_confirm
    - else:
        -> no_sale
    }
* [那我先把这份宣传册留给您，价格都写在上面了。您有空看一看，考虑好了再给我打个电话吧。 #fault: no-close #tip: 他已经发出了购买信号：问怎么用、楼面经理也点了头。该提出成交了，别把功课留给他]
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
* [谢谢唐老板！一台终端接订餐电话，周一上午九点半安装。林经理、小陈，这是我的直线电话。 #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: 致谢、确认约定、给出带日期的下一步，并让使用者知道有问题找谁]
    安装说明明天之前发给您，上线三天后我给林经理打电话回访，一周后把第一份客户分析报告带过来。周一我多留十五分钟，带你们操作一遍。 # speaker: trainee
    周一十五分钟，在午市之前。 # speaker: 林经理
    好。小林，这个归你管了。
    他已经在喊人把辣椒搬进后厨了。 # speaker: narrator # outcome: sale
    -> END
* [太好了，谢谢唐老板！文件的事我回头再跟您联系，到时候咱们一起把手续办好。 #fault: no-next-step #tip: 回头是什么时候？成交了却没有明确下一步，老板不知道谁该做什么]
    ~ shift(trust, -5)
    回头是哪天？我周一就要装上。
    他已经往后厨走了。 # speaker: narrator # outcome: sale
    -> END
* [唐老板，趁我今天在这儿：您店里电话这么多，再加一张手机卡、把宽带也升个级，会方便很多。 #fault: pressure #tip: 刚成交就加码推销，会让到手的单子有风险。确认约定，然后告辞]
    ~ shift(trust, -10)
    别得寸进尺。一样一样来。 # outcome: sale
    -> END

=== meeting_confirm ===
* [那就周二下午三点，林经理和收银的都在。方案和老王的数据明天发您，周一再打电话确认。 #technique: confirm-agreement #technique: follow-up-plan #tip: 演示时间只有确认了才算数，中间还要有方案和提醒电话]
    周二三点。别迟到，四点前走人。 # outcome: meeting
    -> END
* [好的，那我下周找个时间给您打电话，咱们再约一个大家都方便的演示时间。 #fault: no-next-step #tip: 他已经给了日子和钟点，当场确认，不然就黄了]
    那就打吧。
    他已经转身往后厨走了。 # speaker: narrator # outcome: follow-up
    -> END
* [何必非要等到周二呢？您今天就签了，我周二直接带机器过来装上，同事们拿真机学起来更快。 #fault: pressure #tip: 他选了小一步：周二先演示。他已经说了今天不定，你还逼着他签字，这就是施压，连他给你的这一步也会丢掉]
    ~ shift(trust, -15)
    我说了周二。再逼我，周二也别来了。下周打电话再说。
    他转过身去，喊人把辣椒搬进后厨。 # speaker: narrator # outcome: follow-up
    -> END

=== brochure ===
放小陈那儿吧。
* [我周二下午给您打个电话，解答您的问题，在那之前先把老王饺子馆的数据发给您。 #technique: follow-up-plan #tip: 至少有一个带日期的下一步，门就还开着]
    要是我看了的话。 # outcome: follow-up
    -> END
* [好的，没问题。您有空的时候翻一翻就行，回头我再找时间跟您联系。 #fault: no-next-step #tip: 没有日期、也没有再联系的理由，宣传册最后只会压在收银台底下]
    宣传册被塞进收银台底下，和外卖菜单压在了一起。 # speaker: narrator # outcome: no-sale
    -> END

=== no_sale ===
今天不谈了。我还要开午市。 # outcome: no-sale
-> END

=== hang_up ===
够了。我还有饭馆要管。
他头也不回地走进了后厨。 # speaker: narrator # outcome: hang-up
-> END
