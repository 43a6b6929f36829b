# id: gatekeeper-factory-5g
# title: 闯过前台：为车间约访5G专网
# channel: prospecting
# product: 工业5G专网
# difficulty: 4
# time-limit: 720
# persona: 周总监
# persona-age: 48
# persona-role: 恒锐精密零部件公司生产总监
# persona-style: analytical
# persona-tier: high
# goal: 通过前台拿到决策人的姓名，再争取与生产总监面谈车间5G专网
# brief: 恒锐精密零部件公司，东区工业园的汽车零部件制造商，约1100名员工，三班倒
# brief: 6年老客户，使用500M互联网专线和40条企业手机线路，缴费一贯准时
# brief: 上月发布招标公告，新建第三条机加工产线，将新增约20台AGV（自动导引车），明年春季投产
# brief: 尚未接触过生产部门，总机会拦截推销电话，前台由林晓宇负责
# brief: 参考案例，同园区的东方轴承使用我们的5G专网已8个月，网络原因导致的AGV停车从每班约20次降到2次
# need: agv-roaming, AGV在无线接入点之间漫游时掉线，触发安全停车，需要人工复位
# need: vision-upload, 交接班高峰时Wi-Fi拥堵，质检相机图片排队上传，缺陷报警晚几分钟才到产线
# need: data-onsite, 整车厂客户的审核要求生产数据（包括相机图片）不得离开工厂
# objection: send-info, send-info, 前台要求把资料发到公共邮箱，不肯转接电话
# objection: wifi-upgrade, competitor, 工厂的系统集成商已经报价Wi-Fi 6升级方案
# objection: proof, trust, 听过太多5G承诺，要看同类工厂的实测数据

INCLUDE ../_lib/customer.ink

// Until the call is put through, the three meters describe the receptionist.
VAR put_through = false
VAR knows_data = false
~ trust = 35
~ patience = 40
~ interest = 15

周一上午10:05，你拨通恒锐精密零部件公司的总机。你要找的是负责车间的人，但首先得过前台这一关。 # speaker: narrator
您好，恒锐精密，前台林晓宇。 # speaker: 前台
-> gate_open

=== gate_open ===
* [您好，我是电信的陈杰。咱们园区有家工厂今年把AGV停车次数降了九成，我想把他们的做法跟贵公司负责的同事介绍一下。 #technique: opener-interest #tip: 具体的收益能引起兴趣，但前台与AGV没有直接关系；提起六年的合作关系更能让她放下戒心]
    ~ shift(trust, 5)
    ~ shift(interest, 5)
    AGV停车？这个我不太清楚。请问具体是什么事？ # speaker: 前台
    -> gate_screen
* [林小姐您好，我是电信负责恒锐的客户经理陈杰，贵公司的专线和企业手机一直是我们在服务，六年了。今天想问问车间网络的事。 #technique: opener-trust #opening: +1 #tip: 点明已有的合作关系，前台会把你当作熟悉的供应商，而不是陌生的推销电话]
    ~ shift(trust, 15)
    哦，电信啊，专线是你们的。不过车间的事，不归我管。 # speaker: 前台
    -> gate_screen
* [喂，您好，不好意思打扰您一下，就耽误您一分钟。能帮我转一下你们老板吗？我们现在有个特别划算的5G优惠活动，名额有限，先到先得。 #fault: forbidden-opener #tip: 一开口就道歉打扰、只要“一分钟”、宣布优惠，等于告诉对方这是推销电话，而总机正是为拦这种电话而设的]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    不好意思，我们领导不接推销电话。 # speaker: 前台
    -> gate_send_info

=== gate_screen ===
* [是关于5G专网的：专用小区、本地核心网、给相机预留上行带宽，还能给车间里所有的自动导引车提供毫秒级时延。 #fault: feature-dump #tip: 技术参数对前台毫无意义，也换不来你需要的名字；不如请她告诉你谁来决策]
    ~ shift(trust, -5)
    ~ shift(patience, -15)
    不好意思，您说的这些我都听不懂。 # speaker: 前台
    -> gate_send_info
* [这个说起来比较技术，前台一般也不好判断。麻烦您直接帮我转给哪位领导吧，我跟他说就行。 #fault: disrespect #tip: 暗示这件事前台判断不了，是在轻视唯一能为你开门的人；筛选来电正是她的本职工作]
    ~ shift(trust, -20)
    ~ shift(patience, -15)
    判断来电，正是我的工作。 # speaker: 前台
    -> gate_send_info
* [这事找谁合适，您肯定比我清楚。车间设备一般是哪位领导拍板？生产网络要调整的话，IT部门也会参与吗？ #technique: find-decision-maker #conduct: +1 #tip: 向前台请教，并分清谁决策、谁影响，能把拦路的人变成带路的人]
    ~ shift(trust, 10)
    那应该找周建国周总监，他是我们的生产总监。IT只管办公室，车间里的事都是周总说了算。 # speaker: 前台
    -> gate_send_info

=== gate_send_info ===
{
- trust >= 50:
    不过周总大部分时间都在车间。您把资料发到info@hengrui-precision.com吧，我保证转给他。 # speaker: 前台 # raises: send-info
- else:
    请您把资料发到我们的公共邮箱info@hengrui-precision.com，如果有需要，会有人联系您。 # speaker: 前台 # raises: send-info
}
* [好的，没问题。我今天就发过去，邮件标题写上“请转生产负责人”，这样能转到对的人手上。林小姐，谢谢您帮忙！ #fault: no-next-step #tip: 没有收件人、没有时间、没有约好回电的邮件，是推销邮件的归宿；你挂电话时既没有约定时间，也没有下一步]
    谢谢来电，再见。 # speaker: 前台
    你的邮件和其他推销邮件一起躺在公共邮箱里，没有人回复。 # speaker: narrator # outcome: no-sale
    -> END
* [理解理解，您一天要接十几个我这样的电话。我就问一句：网络掉线对车间有没有影响？没有的话我就不再打扰了。您看什么时候方便？ #technique: objection-empathy #tip: 先认同她的立场，再把请求缩小到一个问题并给对方留好退路，才真正回应了“发邮件吧”背后的顾虑]
    {
    - trust >= 50:
        ~ put_through = true
        好吧。他刚回办公室，我帮您转一下。 # speaker: 前台 # resolved: send-info
        周总，电信的陈先生，说是车间网络的事，不会占用您太久。 # speaker: 前台
        -> director_intro
    - trust >= 25:
        他在开换型会，两点才结束。您两点一刻再打过来，我给您转过去。 # speaker: 前台 # resolved: send-info
        下午两点一刻你再次来电。林晓宇听出了你的声音，直接帮你转了过去。 # speaker: narrator
        -> director_intro
    - else:
        我会记下您来过电话。但我能给您的只有邮箱这个渠道。再见。 # speaker: 前台 # outcome: no-sale
        -> END
    }
* [发邮件恐怕来不及，这事挺急的，你们新的机加工线明年春天就要投产了，时间真的很紧。麻烦您现在就帮我转给管生产的领导吧，真的等不了。 #fault: pressure #tip: 前台已经给了你渠道，你还要硬逼，只会证明她拦你是对的；应该先认同她的立场，再把请求缩小]
    ~ shift(patience, -40)
    那我帮不了您。再见。 # speaker: 前台 # outcome: hang-up
    -> END

=== director_intro ===
// From here on the meters describe the production director, who starts out neutral and busy.
~ trust = 30
~ interest = 15
{
- put_through:
    ~ patience = 35
    我是周建国。小林说是电信的，关于车间网络？二号线十分钟后换型，请简短一点。
- else:
    ~ patience = 45
    我是周建国。小林说你会打来。下午巡线前我有几分钟。
}
-> director_open

=== director_open ===
* [周总监您好，我是电信政企客户部的客户经理陈杰，这个电话不收您任何费用。请问您现在方便跟我聊几分钟5G专网的事吗？ #technique: opener-standard #tip: 规范又礼貌，但没有给一位忙碌、看重数据的总监任何继续听下去的理由]
    ~ shift(patience, -5)
    对你不收费，我的时间可是有成本的。还算方便。什么事？
    -> director_permission
* [周总监，5G正在改变整个制造业，我们的专网是目前市场上最先进的，几个月之内就能让您整个工厂的运作方式发生翻天覆地的变化，效率至少翻一番。 #fault: premature-pitch #tip: 没有数据的空泛口号，正是分析型客户最不信的东西，而且你一个问题都还没问]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    每个供应商都这么说。我没时间听口号。写成书面材料交给小林吧，里面要是有真实数据，我会看的。
    -> director_followup
* [谢谢周总。我是电信的陈杰，您要是忙我改时间再打。先说个数：园区里东方轴承的AGV换上我们5G专网后，停车从每班20次降到了2次。 #technique: opener-interest #technique: respect-time #tip: 开场三十秒内给出邻近工厂的实测结果，能抓住分析型客户的注意力；主动提出改时间再打，体现对他时间的尊重]
    ~ shift(trust, 10)
    ~ shift(interest, 15)
    ~ shift(patience, 10)
    东方轴承。他们厂长我认识。每班20次，听着耳熟。好吧，现在可以给你几分钟。你说。
    -> director_permission

=== director_permission ===
{patience <= 10: -> director_hang_up}
* [要不我们下周直接见个面？我带上我们的工程师，当面把整个方案和数据都给您详细讲一讲。 #close: close-direct #tip: 客户还没表现出任何兴趣就提出见面，属于过早促成；他还没有理由给你一个小时]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    见面谈什么？我都不知道我有没有你能解决的问题。有什么要问的，现在问。
    -> director_situation
* [在讲我们的方案之前，能先请教您几个简单的问题吗？了解一下现在AGV的运行情况，我只讲跟您相关的。 #technique: four-layer-permission #tip: 提问前先征得同意，让提问成为礼貌而不是盘问，也让客户掌握节奏]
    ~ shift(trust, 5)
    ~ shift(patience, 5)
    问吧。简短点。
    -> director_situation
* [我先简单给您介绍一下我们的专网在车间里具体都能做些什么，这样您听我后面的几个问题，心里就会更有数。 #fault: premature-pitch #tip: 他只给了你几分钟；在对他的车间一无所知时先讲自己的产品，就是未了解需求就推销]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    网络是什么我知道。关于我的工厂有什么要问的，就问。
    -> director_situation

=== director_situation ===
{patience <= 10: -> director_hang_up}
* [现在车间里的AGV和质检相机是怎么联网的？这张网平时是谁在负责维护？ #technique: spin-situation #tip: 背景问题收集后续每个问题都要用到的事实，也表明你不会凭空猜测]
    ~ shift(interest, 5)
    38台AGV走Wi-Fi，大约60个接入点，由我们IT和集成商维护。一号线的视觉工位是有线的，二号线新上的那些也走同一张Wi-Fi上传。
    -> director_problem
* [请问您对车间5G专网感兴趣吗？我可以用一分钟给您讲讲它能做什么。 #fault: premature-pitch #tip: 在对他的车间一无所知时就问对产品感不感兴趣，其实是变相推销，他根本无从回答]
    ~ shift(patience, -10)
    我怎么知道？你还没说它对我们有什么用。那你说吧。
    -> director_present
* [像您这样规模的厂，Wi-Fi大多是东拼西凑的，不是为AGV设计的，贵厂估计也一样。 #fault: disrespect #tip: 还没看过现场就说人家工厂管理得差，是对总监和他团队的冒犯；要问，不要假设]
    ~ shift(trust, -25)
    ~ shift(patience, -30)
    你估计？你连我的车间都没进过。我还要去换型。再见。 # outcome: hang-up
    -> END

=== director_problem ===
{patience <= 10: -> director_hang_up}
* [那5G正是您需要的。我来讲讲它在您产线上怎么用。 #fault: premature-pitch #tip: 你掌握了事实，却还没找到问题；现在推销，只能靠猜他关心什么]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    你连哪里有问题都还没问。行吧，你讲。
    -> director_present
* [要是有一台AGV突然断了网，产线上具体会发生什么情况？ #technique: spin-problem #tip: 难点问题让客户用自己的话说出不满，又不暗示是谁的责任]
    ~ shift(interest, 10)
    它会立刻停下，这是安全设置。得有人走过去手动复位。喷涂车间附近最严重，车在几个接入点之间漫游。一个班十五到二十次。 # reveals: agv-roaming
    -> director_implication
* [六十个接入点可不好维护。你们IT那边忙得过来吗，能保证稳定吗？ #fault: intrusive-question #tip: 难点问题不能伤及自尊：问他的团队顾不顾得过来，等于把他们推上被告席，他只会替团队辩护，而不会告诉你哪里出了问题]
    ~ shift(trust, -10)
    ~ shift(patience, -10)
    我的IT人员尽职尽责。你到底想卖什么？
    -> director_present

=== director_implication ===
* [每次复位，AGV要停多长时间？对整条线的产量会有什么影响？ #technique: spin-implication #tip: 暗示问题让问题的代价显现出来，把小麻烦变成他在意的数字]
    ~ shift(interest, 10)
    每次三到五分钟。二号线按节拍生产，一台AGV停下，两个工位就断料。每个班差不多损失一小时的产量。明年春天三号线还要再加二十台AGV，只会更糟。
    -> director_cameras
* [维修班组肯定够呛。我来讲讲我们怎么彻底解决这个问题。 #tip: 表示理解没错，但现在就转向方案，问题的代价还没说出来，他就没有衡量你方案的数字]
    ~ shift(interest, 5)
    确实。你们打算怎么解决？
    -> director_present
* [也就是说，在喷涂车间附近，一个班最多二十次，都得有人过去手动复位？ #technique: active-listening #tip: 复述他的话表明你在听，但只是确认了已知的事实；问一句每次停车的代价，才能把麻烦变成数字]
    ~ shift(trust, 5)
    没错。每个班都这样。
    -> director_cameras

=== director_cameras ===
* [明白，问题主要就在AGV上。那我来给您讲讲我们的解决办法吧。 #tip: 发现一个问题不等于看清全貌；相机和AGV用的是同一张网，你却没有问]
    好。什么方案？
    -> director_present
* [同一张Wi-Fi上，高峰时还有别的设备受影响吗？比如二号线的相机？ #technique: four-layer-problem #tip: 顺着同一张网再找第二个问题，往往能找到代价更大的那一个]
    ~ shift(interest, 10)
    你这么一说，还真有。交接班时大家的平板一同步，相机图片就排队。上个月有一次缺陷报警晚了四分钟才到产线，等发现时已经加工了八十个不合格的壳体。 # reveals: vision-upload
    -> director_payoff
* [我们的网络还能给二号线的相机单独预留上行带宽，图片就再也不用排队了。 #fault: feature-dump #tip: 为客户没提过的问题推荐功能，是功能在找需求；应该问相机有没有受影响，让他自己说出来]
    ~ shift(trust, -5)
    ~ shift(patience, -5)
    我没说相机有问题。先说AGV。你们打算怎么做？
    -> director_present

=== director_payoff ===
* [如果AGV不再掉线，相机报警也能实时到达，这对二号线和三号线意味着什么？ #technique: spin-need-payoff #tip: 需求效益问题让客户自己说出方案的价值，分析型客户对自己算出的价值远比对你的估算更信服]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    每班一小时，三个班。这就不只是网络问题了，这是三号线不用额外购买的产能。而且再也不会像上个月那样整批报废。
    -> director_constraints
* [好，情况我基本都清楚了。下面我给您说说我们针对这两条线的方案。 #tip: 你跳过了让客户自己说出价值的问题，方案只能靠自己证明值不值]
    你说。
    -> director_present
* [每班一小时，三个班，再加上报废，一年少说损失两百万，比建一张专网花的钱多多了。 #tip: 替客户算他的损失，分析型客户会去挑你数字的毛病；用需求效益问题让他自己说出价值，他才相信]
    ~ shift(trust, -5)
    这是你算的，不是我算的，我得自己核一下。你们打算上什么？
    -> director_present

=== director_constraints ===
* [那我来介绍一下，二号线和三号线我们打算怎么建，平时又怎么运行。 #tip: 不问清客户的前提条件，方案可能会卡在一个你从没听说过的条件上]
    你说。
    -> director_present
* [在提任何建议之前，想先请教您：一张新网络要满足哪些条件，您才会让它进车间？ #technique: four-layer-solution #tip: 解决问题层的提问能问出方案必须满足的条件，而这往往就是决定成败的隐性需求]
    ~ shift(trust, 5)
    ~ knows_data = true
    两条。施工期间不能影响生产。还有，我们的整车厂客户会来审核：生产数据，包括相机图片，一律不能出厂。光这一条，我收到的云服务方案就有一半不用看了。 # reveals: data-onsite
    -> director_present
* [施工这块您完全不用担心，我们两周之内就能全部上线，而且保证对生产没有任何影响。 #fault: false-promise #tip: 在正常生产的工厂里两周建好小区和核心网、还保证零影响，谁也做不到；一句被看穿的承诺会毁掉刚建立的信任，而你仍然不知道他的前提条件]
    ~ shift(trust, -10)
    正常生产的厂，两周，还零影响？没人做得到。先说说到底是什么方案。
    -> director_present

=== director_present ===
{patience <= 10: -> director_hang_up}
* [技术上是一张独立组网的5G LAN：网络切片、面向车辆的URLLC、上行增强帧结构、本地MEC，AGV装RedCap模组，每个切片单独配QoS，全部跑在一套专用核心网上。 #fault: jargon #tip: 一串英文缩写回答不了他的任何问题；分析型客户想知道每一部分对他的产线有什么用，并且要有数据]
    ~ shift(trust, -10)
    ~ shift(patience, -10)
    一堆缩写。我问的是它对我的AGV有什么用。写成书面材料，附上数据，交给小林。
    -> director_followup
* [在车间上方建专用5G小区，核心网放在贵厂机房。AGV在小区间切换只要几十毫秒，不会断线；相机有预留的上行带宽；数据不出厂。东方轴承用了以后，停车从每班20次降到2次。 #technique: fabe #tip: 特征、优势、利益、证据，每一点都对应他说过的话，这就是FABE，也给了分析型客户可以核实的东西]
    ~ shift(interest, 10)
    {knows_data: 数据不出厂，审核这一关倒是能过。}
    不过我们的集成商上个月报了一个Wi-Fi 6升级方案，加接入点，大约38万元。我为什么不直接上那个？ # raises: wifi-upgrade
    -> director_wifi
* [一张网覆盖整个厂区：每栋楼都是千兆速率，每个员工的手机都有5G信号，车间和总部之间还能开高清视频会议，全部由我们代维。这是我们给大型厂区最全的方案。 #fault: feature-dump #tip: 这些都是真的，却没有一条是他跟你说过的；与他的AGV、相机和审核无关的功能，就是罗列功能]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    手机和视频会议不是我的问题。写份材料交给小林，说说AGV的事。
    -> director_followup

=== director_wifi ===
* [恕我直言，Wi-Fi 6已经是过时的技术了。集成商报加接入点，是因为他们本来就只会卖接入点。这就是打补丁，不是真正的解决方案，过两三年您还得再花一遍冤枉钱。 #fault: badmouth-competitor #tip: 贬低他信任多年的供应商，只会让他站出来维护对方；应该展示你自己的价值]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    他们帮这个厂维持运转十年了。我更想听你们的网络，而不是听你说他们。把你的对比写成书面材料吧。
    -> director_followup
* [这个问题问得好，我不想随便答您。能把他们的报价发我一份吗？我跟我们的无线工程师逐项过一遍，过两天再给您一份正式的书面对比，您看行吗？ #tip: 客户主动要对比，你却推迟了；移动的AGV最关键的差别你是知道的，完全可以当场用数据说明]
    ~ shift(interest, -5)
    那你去看吧。给我一份书面对比，要有数据。
    -> director_followup
* [办公室和固定工位用Wi-Fi 6是对的，5G在那儿优势不大。移动的AGV不同：负载高时Wi-Fi漫游可能要几百毫秒，会触发停车；5G切换只要几十毫秒。 #technique: present-comparison #technique: honest-answer #tip: 用数据做公平的对比，并坦率承认竞品适用的场合，比贬低对方更能说服分析型客户]
    ~ shift(trust, 15)
    ~ shift(interest, 5)
    有道理。办公室的Wi-Fi保留，移动设备和相机上5G。这比我预想的推销靠谱。 # resolved: wifi-upgrade
    你听到电话那头他在记笔记。 # speaker: narrator # signal: physical
    话虽如此，2020年有家运营商给我们演示过5G，出了他们的展厅就不灵了。承诺我听得多了。我要看和我们类似的工厂的实测数据。 # raises: proof
    -> director_proof

=== director_proof ===
* [那我直接写进合同里：从第一天起，网络原因导致的AGV停车为零，做不到您一分钱都不用付。我们对自己的网络就是这么有信心。 #fault: false-promise #tip: 没有任何网络能保证零停车；这样的承诺只会坐实他的不信任，而不是化解它]
    ~ shift(trust, -20)
    零停车？没有哪张网能做到零。这正是我2020年听到的那种承诺。给我写份书面材料吧，有空我再看。
    -> director_followup
* [碰到过那种演示，换我也要看证据。东方轴承徐经理可以给您看8个月的停车记录，改造前后都有；我们再免费勘测您的二号线，结果书面给您。够您判断吗？ #technique: present-testimonial #technique: lscpa-ask #tip: 用邻厂的记录和实地勘测来回应信任异议，再问一句够不够，确认异议真正解决了]
    ~ shift(trust, 15)
    ~ shift(interest, 10)
    实测数据，加上他们的记录。这个我愿意看。 # resolved: proof
    勘测要多长时间？会不会影响生产？ # signal: verbal
    -> director_close
* [我理解，不过2020年那会儿的设备还很早期。这几年技术已经完全不一样了，那次的经历放到我们今天给您装的网络上，其实早就不适用了，数据都能证明。 #fault: argue #tip: 说客户的经验已经不算数，是在争辩而不是在回答；应该先认同，再拿出证据]
    ~ shift(trust, -20)
    ~ shift(patience, -30)
    我厂里什么适用、什么不适用，轮不到你来告诉我。就到这儿吧。 # outcome: hang-up
    -> END

=== director_close ===
* [大概要半天，什么设备都不用停。我今天就把详细资料和勘测步骤都整理好，发邮件给您，您有空的时候再慢慢看看。 #fault: no-close #tip: 他问勘测要多久、会不会影响生产，这是明确的购买信号，你却没有顺势提出见面]
    ~ shift(interest, -10)
    行，发过来吧。
    -> director_followup
* [半天左右，拿手持扫频仪走一遍，不用停设备。我们先跟无线工程师把计划定下来：您看周二上午还是周四下午？ #close: close-either-or #tip: 他问到了具体细节，这是明确的购买信号；二选一法让他在两个“同意”里挑一个]
    ~ shift(trust, 5)
    周四下午吧。两点，开完班组会之后。把工程师和东方轴承的数据都带来。
    -> director_confirm
* [半天就够了，不用停任何设备。勘测之前，我们跟无线工程师坐下来把计划定一下，好吗？时间按您的班次来。 #close: close-direct #tip: 信号明确之后直接促成是可以的；用二选一会让他更容易说“好”]
    应该可以。我看看……周四下午两点，开完班组会之后。带上工程师和数据。
    -> director_confirm

=== director_confirm ===
* [太好了，那就说定了，周四下午两点。周总，非常感谢您抽时间，我和我们的工程师都很期待跟您见面，周四见！ #tip: 会面约到了，但什么都没确认：地点、参会人、议程，以及会前的跟进都没有]
    周四。
    你还没确认去哪里、谁参加，他就挂了电话。 # speaker: narrator # outcome: meeting
    -> END
* [谢谢周总，我确认一下：周四下午两点，您办公室，我和无线工程师高工一起来。议程和东方轴承的记录24小时内发您。IT那边要来人吗？ #technique: confirm-agreement #technique: follow-up-plan #tip: 复述约定、为每一步注明时间，就不会有遗漏；问一句IT是否参加，把影响者也请了进来]
    好，把IT的小王也叫上，集成商的事他肯定有问题要问。那就周四。很好。 # signal: emotional
    你约到了生产总监的面谈，会前每一步也都安排清楚了。 # speaker: narrator # outcome: meeting
    -> END
* [太好了。对了周总，趁这个机会，能不能也给您的管理人员报一个新的手机套餐？就占用您一分钟，每个月都能给公司省下不少钱，您看怎么样？ #fault: pressure #tip: 在来之不易的会面之后又追加推销，属于过度推销，还可能让刚拿到的“同意”打折扣]
    ~ shift(trust, -10)
    一件一件来，陈先生。周四两点。 # outcome: meeting
    -> END

=== director_followup ===
* [好的，我这周把材料整理好，发给林小姐转交给您。等您看过之后，我再找个时间跟您联系。 #fault: no-next-step #tip: “找个时间”不是下一步；没有约定回电日期的邮件很容易被忽略]
    行。再见。
    没有约定日期，也没有约好回电，你的邮件淹没在他的收件箱里。 # speaker: narrator # outcome: no-sale
    -> END
* [好的。24小时内，附实测数据的一页对比会通过林小姐交给您。周四上午十点我再打给您听听您的问题，可以吗？ #technique: follow-up-plan #tip: 还约不到面谈时，24小时内的书面材料加上约定好日子的回电，能让这条线索保持下去]
    周四十点。数据站得住的话，我们再谈。 # outcome: follow-up
    -> END
* [好的，不过书面材料真的很难说得清楚。要不周四我干脆带上工程师过去一趟？一个小时就能当面给您全部演示清楚。 #fault: pressure #tip: 他已经说了要书面材料；再逼着要上门拜访，就是强行推销，反而关上了还开着的那扇门]
    ~ shift(trust, -15)
    我说了要书面的。这都不行的话，就别发了。再见。 # outcome: hang-up
    -> END

=== director_hang_up ===
我听够了，我还要管产线。再见。 # outcome: hang-up
-> END
