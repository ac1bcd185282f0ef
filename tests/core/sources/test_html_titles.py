"""Saved pages' headlines: one small synthetic page for each class of title seen on real sites."""

from __future__ import annotations

import pytest

from reader.core.sources.html_article import parse_html

STORY = "".join(f"<p>{p}</p>" for p in (
    "江门市今天举办第十届侨乡文化节，来自二十个国家和地区的侨胞参加了开幕式。",
    "开幕式上，演员们表演了粤剧、醒狮等节目，现场观众热烈鼓掌，气氛十分热烈。",
    "主办方表示，文化节将持续一周，其间还将举办美食节、摄影展和侨史讲座。"))
HEADLINE = "江门举办第十届侨乡文化节 二十国侨胞齐聚"
NEXT_STORY = "".join(f"<p>{p}</p>" for p in (
    "面对势不可挡的人工智能浪潮，某某公司不仅积极拥抱创新科技，更降低采用门槛，致力让每一个人都可以享受便利。",
    "某某公司总经理表示：在其他业者仍陷于规格与价格厮杀时，我们已经通过市场研究掌握了客户的真实需求。",
    "在学校这个场域，公司推出一系列教育科技解决方案，借此减轻教师备课和评量的负担，让教师专注教学。",
    "公司的教育布局成功开创新蓝海，自二〇二〇年扩大经营教育产业生态系以来，营收便创下近两倍成长。"))
"""A story the page loads under its own, longer than it (an endless-scroll page)."""


DASHED = "为建设美丽侨乡凝聚力量——热烈祝贺市政协会议开幕"
CASES = {
    "a heading saying the metadata's headline beats a logo h1": (
        f"<title>{HEADLINE} | 社會新聞 | 某某新聞雲</title><meta property='og:title' content='{HEADLINE}'>",
        f"<h1><a href='/'>某某新聞雲</a></h1><div class='story'><h2>{HEADLINE}</h2>{STORY}</div>", HEADLINE),
    "a site name before the headline goes when the page shows the rest": (
        f"<title>某某電子報 - {HEADLINE}</title>",
        f"<table><tr><td class='content'><span class='x'>{HEADLINE}</span></td></tr></table>{STORY}", HEADLINE),
    "a title naming only the site gives way to the block marked as title": (
        "<title>某某大学新闻网_(新闻)</title>",
        f"<table><tr><td class='bt_title'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "a site name said over and over is still the site": (
        f"<title>{HEADLINE}_某某市人民政府网某某市人民政府某某市人民政府</title>", STORY, HEADLINE),
    "only the page's own title counts": (
        f"<title>{HEADLINE}-某某科普网</title>", f"{STORY}<div><title>无标题文档</title></div>", HEADLINE),
    "a headline shown in two lines is not cut at its dash": (
        f"<title>{DASHED}_某某新闻网</title>",
        f"<p class='all_p'>为建设美丽侨乡凝聚力量</p><p>——热烈祝贺市政协会议开幕</p>{STORY}", DASHED),
    "an h1 differing from the title only in quotes and widths is the headline": (
        "<title>市长称\"劫机说\"被误解（图）_某某新闻网</title>", f"<h1>市长称“劫机说”被误解(图)</h1>{STORY}",
        "市长称“劫机说”被误解(图)"),
    "the only h1 wins when the title is shown nowhere": (
        "<title>侨乡文化节2024 江门 侨胞 开幕式 粤剧 醒狮 美食节</title>",
        f"<div class='nav'><a href='/'>首页</a></div><h1>{HEADLINE}</h1>{STORY}", HEADLINE),
    "of several h1s the one rewording the title wins, not the next story's longer one": (
        "<title>侨乡文化节开幕！江门迎来二十国侨胞 - 某某新闻</title>",
        f"<div class='article'><h1>{HEADLINE}</h1><div class='lede'><span>江门市今天举办第十届侨乡文化节。</span>"
        f"</div><section><div>{STORY}</div></section></div>"
        f"<div class='next'><h1>某某公司聚焦四大场景，化身客户转型的最佳伙伴</h1><div class='story'>{NEXT_STORY}</div></div>",
        HEADLINE),
    "an h1 carrying its date gives the headline without it": (
        f"<title>某某電子報 - {HEADLINE}</title>",
        f"<h1>{HEADLINE} <span class='date'>2014-04-30 23:54</span></h1>{STORY}", HEADLINE),
    "a short h1 saying the title's first part is the headline": (
        "<title>侨乡 - 某某百科，自由的百科全书</title>",
        f"<h1>侨乡</h1><div id='siteSub'>某某百科，自由的百科全书</div>{STORY}", "侨乡"),
    "a site-name meta saying the page's whole title names no site by its headline": (
        f"<title>【快讯】{HEADLINE}_某某网</title><meta name='headline' content='{HEADLINE} - 某某新聞網'>"
        f"<meta name='apple-mobile-web-app-title' content='{HEADLINE} - 某某新聞網'>",
        f"<header><small></small><h1>{HEADLINE}</h1></header>{STORY}", HEADLINE),
    "a headline the page links to is no site name, though an English part has more letters": (
        f"<title>{HEADLINE} | Breaking News in English - Example</title>",
        f"<div class='share'><a href='/share?t=1'>{HEADLINE}</a></div><h1></h1><div class='h'>{HEADLINE}</div>"
        f"{STORY}", HEADLINE),
    "the domain's own name is the site's": (
        f"<title>{HEADLINE} - ABCD</title><link rel='canonical' href='https://news.abcd.hk/a/1.htm'>",
        STORY, HEADLINE),
    "a title part the page shows as a link is a site's or channel's name": (
        f"<title>{HEADLINE} - 学术前沿 - 某某学会论坛</title>",
        f"<div><a href='/'>某某学会论坛</a> » <a href='/f/1'>学术前沿</a></div>{STORY}", HEADLINE),
    "a page number and a software credit are not the headline": (
        f"<title>{HEADLINE}(页 1) - 某某网 - powered by 某某 Archiver</title>", STORY, HEADLINE),
    "a name before a breadcrumb's arrow goes when the page shows the rest": (
        f"<title>某某博客 » {HEADLINE}</title>", f"<p>{HEADLINE}</p>{STORY}", HEADLINE),
    "a block the title says before names glued by a space is the headline": (
        f"<title>{HEADLINE} 东区办事处_某某网</title>", f"<div>东区新闻</div><div>{HEADLINE}</div>{STORY}",
        HEADLINE),
    "the line over the date line is the headline when the title is only a greeting": (
        "<title>谢谢您访问〖某某中心〗</title>",
        f"<table><tr><td>{HEADLINE}</td></tr></table><div>作者： 来源： 发布日期：7/5/2005 9:23:57 PM</div>"
        f"{STORY}", HEADLINE),
    "a heading saying JSON-LD's headline wins when og:title is written for sharing": (
        "<title>某某新聞網</title><meta property='og:title' content='【快訊】侨乡盛会开幕 多图直击'>"
        f"<script type='application/ld+json'>{{\"@type\": \"NewsArticle\", \"headline\": \"{HEADLINE}\"}}</script>",
        f"<h1><a href='/'>某某新聞網</a></h1><h2>{HEADLINE}</h2>{STORY}", HEADLINE),
    "a part that is only a date is the edition": (
        f"<title>{HEADLINE} | AB | 24.03.2024</title>", STORY, HEADLINE),
    "the site's name in two scripts is still the site": (
        f"<title>{HEADLINE} | 某洲网 Some Chew Daily</title><meta property='og:site_name' content='某洲网'>",
        STORY, HEADLINE),
    "with no title and no date line the heading over the story is the headline": (
        "", f"<div class='side'><h2>最新评论排行榜</h2><p><a href='/1'>另一篇文章</a></p></div>"
        f"<div class='post'><h2>{HEADLINE}</h2><div class='text'>{STORY}</div></div><h2>热门推荐</h2>", HEADLINE),
    "with no title at all a blog's own name in its h1 is not the headline": (
        "", f"<h1><a href='/'>某某的博客</a></h1><div class='post'><h2>{HEADLINE}</h2>"
        f"<div class='text'>{STORY}</div></div>", HEADLINE),
    "a short headline shown as the h1 is not the site's name where a link repeats it": (
        "<title>侨乡文化节 - 某某百科，自由的百科全书</title>",
        "<h1>侨乡文化节</h1><div class='sub'>某某百科，自由的百科全书</div>"
        f"<div class='text'>{STORY}</div><div class='langs'><a href='/w/1'>侨乡文化节</a></div>", "侨乡文化节"),
    "a column the h1 opens with stays though a topic tag links it": (
        "<title>侨乡文化节｜开幕式今天举行 (13:37) - 20251128 - 港聞 - 某某新聞網</title>",
        f"<h1>侨乡文化节｜开幕式今天举行 (13:37)</h1><div class='text'>{STORY}</div>"
        "<p>相關字詞﹕<a href='/tag/1'>侨乡文化节</a> <a href='/tag/2'>江门</a></p>",
        "侨乡文化节｜开幕式今天举行 (13:37)"),
    "a short h1 saying the title's first part beats a block marked as a title": (
        "<title>蔡某某_某度百科</title>",
        f"<h1>蔡某某</h1><div class='text'>{STORY}</div>"
        "<div class='side'><div class='title'>港台明星人气榜单第一名</div></div>", "蔡某某"),
    "a title naming only the site gives way to the heading over the story": (
        "<title>某某娱乐</title>",
        f"<div class='nav'><a href='/'>某某娱乐</a> &gt; <a href='/m'>电影版</a></div><h3>{HEADLINE}</h3>{STORY}",
        HEADLINE),
    "a placeholder title gives way to a short heading over the story": (
        "<title>显示</title>", f"<h3>犬儒之病(上)</h3><p>胡某</p>{STORY}", "犬儒之病(上)"),
    "with no title a short heading over the story is the headline": (
        "", f"<p>当前位置：<a href='/'>首页</a>-&gt;<a href='/j'>军事技术</a></p><h3>飞行物理常识</h3>{STORY}",
        "飞行物理常识"),
    "a placeholder title gives way to a bold line over a story written straight into <body>": (
        "<title>显示</title>",
        "<font><strong>犬儒之病(上)</strong></font><br><br><hr>胡某<br><br>"
        "当今中国最流行的是什么主义？答：犬儒主义。人心不会熄灭，但它可能蒙上灰烬。<br>"
        "拨开灰烬，你会看到重新燃烧的人心，这是作者写下这篇文章的缘由，也是它的结论。<br>", "犬儒之病(上)"),
    "a title naming the site and channel gives way to the line over the source field": (
        "<title>某某科普-辟谣文章</title>",
        "<ul><li><a href='/'>首页</a></li><li><a href='/r'>辟谣文章</a></li></ul>"
        f"<div class='c1'>徒手抓子弹真的存在吗？</div><div class='c2'>来源：某某科普-科学原理</div>{STORY}",
        "徒手抓子弹真的存在吗？"),
    "with no title and class names that say nothing, the link over the story is the post's title": (
        "", "<div class='c1'>正在读取评论……</div>"
        f"<div class='c2'><a href='/p/1'>{HEADLINE}</a></div><div class='c3'>{STORY}</div>", HEADLINE),
    "with no title the <h1> over a photo's caption and a subheading is the headline": (
        "", f"<h1>{HEADLINE}</h1><div class='c1'>侨胞在开幕式上合影留念。（某某攝）</div>"
        f"<div class='c2'>某某記者</div><h2>侨胞齐聚江门</h2>{STORY}", HEADLINE),
    "with no title a photo's caption marked as a title is no headline": (
        "", f"<h2 class='itemTitle'>{HEADLINE}</h2><div class='slideTitleText'>侨胞在开幕式上合影留念。（港台圖片）</div>"
        f"{STORY}", HEADLINE),
    "with no title a heading giving the source with its stamp is no headline": (
        "", f"<h3>{HEADLINE}</h3><h4>原创：某某健康网2024-04-23 12:27:25</h4>{STORY}", HEADLINE),
    "with no title a byline of Latin names with the day glued on is no headline": (
        "", f"<div class='c1'>{HEADLINE}</div><div class='c2'>STELLA BUGBEE2023年7月27日</div>"
        f"<div class='c3'>2023年7月27日</div>{STORY}", HEADLINE),
    "with no title an <h2> marked as the title beats a bold line nearer the story": (
        "", f"<h2 class='rich_media_title'>{HEADLINE}</h2><div class='profile'>闲云野鹤古刹</div>"
        f"<p><b>【全国两会】</b></p>{STORY}", HEADLINE),
    "with no title an <h1> linking to the story itself is its headline": (
        "", f"<h1><a href='/it/2009/1101/1234.html'>{HEADLINE}</a></h1><div>作者：某某</div>{STORY}", HEADLINE),
    "with no title an <h1> linking home is the site's name, the <h2> under it the headline": (
        "", f"<h1><a href='/'>某某的博客空间</a></h1><h2>{HEADLINE}</h2>{STORY}", HEADLINE),
    "a template's default title gives way to the <h1> over the story, not an app's promotion": (
        "<title>无标题文档</title>", f"<div class='app-title'>一APP生活「Sync」到</div><p>下载我们的应用程式，随时掌握最新消息。</p>"
        f"<h1>{HEADLINE}</h1><div class='c1'>某某記者</div><h2>侨胞齐聚江门</h2>{STORY}", HEADLINE),
    "an English template's default title gives way to the <h1> over the story, not the subheading": (
        "<title>Untitled Document</title>",
        f"<h1><a href='/'>某某日报</a></h1><h1>{HEADLINE}</h1><h2>侨胞齐聚江门</h2>{STORY}", HEADLINE),
    "a video's title in its player is not the block marked as the page's title": (
        "<title>无标题文档</title>", "<div class='video-player'><div class='videoTitle'>某某新闻短片精选合辑</div></div>"
        f"<div class='nav'><a href='/'>首页</a></div><div class='article-title'>{HEADLINE}</div>"
        f"<div class='c1'>某某記者</div><div class='c2'>图片说明</div><div class='c3'>分享</div>"
        f"<div class='c4'>收藏</div><div class='c5'>字号</div><div class='c6'>打印</div><div class='c7'>评论</div>{STORY}",
        HEADLINE),
    "a block marked as a title under the story is a side box's, not the headline": (
        "<title>新闻中心_综合资讯</title>",
        f"<h3>{HEADLINE}</h3><div class='time'>2019-09-09 08:09:31 来源：某某网</div>{STORY}"
        "<div class='side'><h4>观察员</h4><div class='post-member-title'>【某某道破】美企撤离？相反，迟疑正在消散</div></div>",
        HEADLINE),
    "a heading marked as the title is the headline wherever the story seems to start": (
        "<title>侨乡盛会丨江门_热点新闻_新闻频道</title>",
        "<div class='main'><p>休刊日：逢周日及2021年2月12至15日、全年公众假期，敬请读者留意本报安排。</p>"
        "<div class='tags'><a href='/tag/1'>江门</a></div>"
        f"<h1 class='article-title'>侨乡盛会丨江门:第十届侨乡文化节开幕</h1>{STORY}</div>", "侨乡盛会丨江门:第十届侨乡文化节开幕"),
    "an h1 over its share buttons' list is the headline, not a box's marked heading under the story": (
        "<title>新闻中心_综合资讯</title>",
        f"<h2 class='block-title'>Advertisement</h2><h1 class='h1'>{HEADLINE}</h1>"
        "<ul><li><a href='/share/fb'>Facebook</a></li><li><a href='/share/x'>X</a></li></ul>"
        f"{STORY}<div class='edm'><h2 class='edm__content__title'>加入Telegram群组</h2></div>", HEADLINE),
    "on an endless scroll the first h1 of the stories' markup heads the page's own story": (
        "<title>新闻中心_综合资讯</title>",
        f"<article><h1 class='mb-3 text-2xl font-semibold articleTitle'>{HEADLINE}</h1><div class='s1'>{STORY}</div>"
        "</article><article><h1 class='mb-3 text-2xl font-semibold article-60300100'>某某公司聚焦四大场景，化身客户转型的"
        f"最佳伙伴</h1><div class='s2'>{NEXT_STORY}{NEXT_STORY}</div></article>", HEADLINE),
    "a sidebar's <h2> over its list of links is no headline": (
        "<title>某某的博客</title>", "<h2>我的另外两个博客</h2><ul><li><a href='/b1'>望月小筑(我的转摘博客)</a></li>"
        f"<li><a href='/b2'>小茶妹的歌声(我唱的歌)</a></li></ul><div class='post-title'>{HEADLINE}</div>{STORY}", HEADLINE),
    "with no title a headline opening with the verb 分享 is no row of share buttons": (
        "", f"<h1 class='c1'>分享短链接工具：支持生成两种短链接</h1><div class='c2'>由 某某8919发布于</div>"
        f"<div class='c3'>2024-02-24 14:02:08</div>{STORY}", "分享短链接工具：支持生成两种短链接"),
    "with no title a poster's line is no headline": (
        "", f"<div class='c1'>{HEADLINE}</div><div class='c2'>由 某某8919发布于</div><div class='c3'>2024-02-24 14:02:08</div>"
        f"{STORY}", HEADLINE),
    "with no title the page's only <h1> is its headline however short, not the wiki's tagline": (
        "", f"<h1 class='c0'>金某国</h1><div class='c1'>某某百科，自由的百科全书</div>{STORY}", "金某国"),
    "a forum's label before the headline is not part of it": (
        "<title>某某论坛 :: null</title>",
        f"<div class='topic'>主题：{HEADLINE}</div><div>作者：某某 时间：2005-08-22 19:13:18</div>{STORY}",
        HEADLINE),
    "a blog post's title linking to the post, over the story, is the headline": (
        "", f"<h1>导航</h1><ul><li><a href='/'>首页</a></li></ul><h1>公告</h1>"
        f"<div class='postTitle'><a href='/p/1'>{HEADLINE}</a></div><div class='postText'>{STORY}</div>", HEADLINE),
    "a column's name before the headline stays when the h1 says the whole og:title": (
        f"<title>某某评丨{HEADLINE}某某网评论_某某网</title><meta property='og:title' content='某某评丨{HEADLINE}'>",
        f"<div class='crumb'><a href='/'>某某网</a> &gt; <a href='/c'>某某评</a></div><h1>某某评丨{HEADLINE}</h1>{STORY}",
        f"某某评丨{HEADLINE}"),
    "a title cut short with an ellipsis gives way to the heading it opens": (
        "<title>江门举办第十届侨乡文化节 二十国...-某某网</title>",
        f"<div class='nav'><a href='/'>首页</a></div><h2 class='art'>{HEADLINE}</h2>{STORY}", HEADLINE),
    "a title cut short with an ellipsis gives way to the table cell it opens": (
        "<title>江门举办第十届...</title>",
        f"<table><tr><td class='f24'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "of the blocks a cut title opens, the one over the story, not a subheading in it": (
        "<title>江门举办第十届侨乡文化节...</title>",
        f"<div class='head'><div class='t'>{HEADLINE}</div></div><div class='body'>{STORY}"
        f"<h3>江门举办第十届侨乡文化节 美食节同期开幕</h3>{STORY}</div>", HEADLINE),
    "a cut title opens the headline with its topic, though the topic is taken for the site's name": (
        "<title>侨乡文化节丨江门举办第十届...</title><meta property='og:site_name' content='侨乡文化节'>",
        f"<div class='article-title'>侨乡文化节丨{HEADLINE}</div><div class='body'>{STORY}"
        f"<p><strong>江门举办第十届侨乡文化节 美食节同期开幕</strong></p>{STORY}</div>", f"侨乡文化节丨{HEADLINE}"),
    "a title shortened for search engines gives way to the h1 saying it and more": (
        "<title>江门举办第十届侨乡文化节_热点新闻_新闻频道</title>",
        f"<div class='nav'><a href='/'>首页</a></div><h1>{HEADLINE}</h1>{STORY}", HEADLINE),
    "a channel's linked name in an h1 is its logo, though the title says only that name": (
        "<title>新闻中心_某某网</title>",
        "<div class='path'><h1 class='channel-logo'><a href='https://news.example.cn/'>新闻中心</a></h1></div>"
        f"<div class='main'><h1 class='main-title'>{HEADLINE}</h1>{STORY}</div>", HEADLINE),
    "a title in the other script gives way to the heading the page shows in its own": (
        "<title>江门举办第十届侨乡文化节 二十国侨胞齐聚 - 某某新闻网</title>",
        "<div class='nav'><a href='/'>首頁</a></div><div class='article-title'>江門舉辦第十屆僑鄉文化節 二十國僑胞齊聚</div>"
        "<p>江門市今天舉辦第十屆僑鄉文化節，來自二十個國家和地區的僑胞參加了開幕式。</p>"
        "<p>開幕式上，演員們表演了粵劇、醒獅等節目，現場觀眾熱烈鼓掌，氣氛十分熱烈。</p>",
        "江門舉辦第十屆僑鄉文化節 二十國僑胞齊聚"),
    "a label the title opens with is not the headline's, when the page shows the rest alone": (
        f"<title>【快讯】{HEADLINE}_某某网</title>",
        f"<table><tr><td class='f24'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "a title written as a breadcrumb gives its last crumb, shown alone": (
        f"<title>某某网 > 新闻 > {HEADLINE}</title>",
        f"<table><tr><td class='f24'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "a Q&A page's question, a heading linking to itself, is the headline a title ends with": (
        "<title>某某网 > 问答 > 亲密的人之间要说谢谢吗？</title>",
        "<div class='q'><h2 class='item-title'><a href='/question/1'>亲密的人之间要说谢谢吗？</a></h2></div>"
        f"<div class='answer'>{STORY}</div>", "亲密的人之间要说谢谢吗？"),
    "a title going on past the headline the page shows alone gives way to it": (
        f"<title>{HEADLINE}——专家解读背后的三大变化</title>",
        f"<table><tr><td class='f24'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "a subtitle the page shows under the headline's first line keeps the title whole": (
        "<title>为建设美丽侨乡凝聚强大智慧和力量——热烈祝贺市政协会议开幕_某某网</title>",
        "<div class='crumb'><a href='/'>首页</a>&gt;<a href='/d'>政务动态</a></div>"
        "<p class='t'>为建设美丽侨乡凝聚强大智慧和力量</p><div>——热烈祝贺市政协会议开幕</div>"
        f"<div class='text'>{STORY}</div>", "为建设美丽侨乡凝聚强大智慧和力量——热烈祝贺市政协会议开幕"),
    "a line in English after the title's headline is the title's alone": (
        f"<title>{HEADLINE} | Overseas Chinese gather in Jiangmen - Example News</title>",
        f"<div class='top'><div class='t'>{HEADLINE}</div></div>{STORY}", HEADLINE),
    "an og:title the page shows nowhere gives way to the <title> it shows": (
        f"<meta property='og:title' content='某某网-中国领先的新闻门户网站'><title>{HEADLINE}_某某网</title>",
        f"<table><tr><td class='f24'>{HEADLINE}</td></tr></table>{STORY}", HEADLINE),
    "a title naming only the site gives way to a forum's topic over its author's name": (
        "<title>某某娱乐</title>",
        "<table><tr><td class='p2'><a href='/'>某某娱乐</a> &gt; <a href='/m'>电影版区</a></td></tr>"
        f"<tr><td class='p4'>《侨乡》：东方式的内敛与热烈</td></tr><tr><td><a href='/u/1'>眉间尺</a></td></tr>"
        f"<tr><td class='p4'>{STORY}</td></tr></table>", "《侨乡》：东方式的内敛与热烈"),
    "a short title the page shows on its own is the headline, not a placeholder": (
        "<title>二十三、感恩</title>", f"<p>二十三、感恩</p><h3>一、法官试验凡事谢恩</h3>{STORY}", "二十三、感恩"),
    "a wiki's short topic with its edit control, also shown as a link, is the headline": (
        "<title>侨乡文化节 - 某某百科，自由的百科全书</title>",
        "<h1><span>侨乡文化节</span><span class='editsection'>[<a href='?action=edit'>编辑</a>]</span></h1>"
        f"<p>另见：<a href='/wiki/x'>侨乡文化节</a></p>{STORY}", "侨乡文化节"),
    "a headline in an alphabet takes twice the characters, and is still one, not a share button's label": (
        "<title>Overseas Chinese gather in Jiangmen as the festival opens - Example News</title>",
        "<h1>Overseas Chinese from twenty countries gather in Jiangmen as the tenth festival opens</h1>"
        f"<h2>Share</h2>{STORY}",
        "Overseas Chinese from twenty countries gather in Jiangmen as the tenth festival opens"),
    "a headline an official text sets over three lines is read whole": (
        "<title>某某市人民代表大会常务委员会关于批准侨乡文化节 二〇二四年经费预算的决定__某某公报_某某政府网</title>",
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/gb'>某某公报</a></div>"
        "<p align='center'><b>某某市人民代表大会常务委员会</b></p><p align='center'><b>关于批准侨乡文化节</b></p>"
        f"<p align='center'><b>二〇二四年经费预算的决定</b></p>{STORY}",
        "某某市人民代表大会常务委员会关于批准侨乡文化节 二〇二四年经费预算的决定"),
    "a site's name glued on with a space goes when the page shows the headline before it": (
        f"<title>【不忘初心】{HEADLINE}侨胞 某某省某某研究院附属医院</title>",
        "<div class='title'>新闻动态</div><div class='crumb'>位置：<a href='/'>首页</a> &gt; 新闻动态</div>"
        f"<div class='title'>【不忘初心】{HEADLINE}侨胞</div><div class='title_blow'>来源：本站原创 作者：某某支部</div>"
        f"<div class='title_blow'>时间：2019年10月31日 23:00 浏览：33</div>{STORY}", f"【不忘初心】{HEADLINE}侨胞"),
    "a date line's labelled fields are never the headline": (
        "<title>某某研究院附属医院</title><meta property='og:site_name' content='某某研究院附属医院'>",
        "<div class='tit'>江门侨乡文化节今日开幕</div><div class='title_blow'>来源：本站原创 作者：某某支部</div>"
        f"<div class='title_blow'>时间：2019年10月31日 23:00 浏览：33</div>{STORY}", "江门侨乡文化节今日开幕"),
    "characters a page carries unseen do not keep a heading from saying the headline": (
        f"<title>{HEADLINE}</title>", f"<h1>江门举办第十届侨乡文化节\u2060 二十国侨胞\u00ad齐聚</h1>{STORY}", HEADLINE),
    "a site's name glued on with a dash and no space before it goes": (
        f"<title>{HEADLINE} - 某某日報網頁</title><meta property='og:title' content='{HEADLINE}- 某某日報網頁'>",
        f"<table><tr><td>{HEADLINE} (地產) <span class='time'><br>2014-12-18 (13:44)</span></td></tr></table>{STORY}",
        HEADLINE),
    "a stock's code in brackets before the headline stays": (
        f"<title>【16】{HEADLINE} - 某某日報網頁</title><meta property='og:title' content='【16】{HEADLINE}- 某某日報網頁'>",
        f"<table><tr><td>【16】{HEADLINE} (股市) <span class='time'><br>2014-12-17 (18:55)</span></td></tr></table>{STORY}",
        f"【16】{HEADLINE}"),
    "a site and a channel before the headline go when a heading shows it with its date": (
        f"<title>某某新聞 - 財經 - {HEADLINE} - abcd.com</title><meta property='og:title' content='某某新聞 - 財經 - {HEADLINE}'>",
        f"<h4>{HEADLINE}<span class='time'>\u30002014-12-08 06:49</span></h4>{STORY}", HEADLINE),
    "a styled block saying the title and one more clause is the whole headline": (
        f"<title>{HEADLINE} - 某某新聞</title>",
        f"<div id='Heading' style='font-size:24px'>{HEADLINE}\u3000文化节将持续一周并举办美食节</div>{STORY}",
        f"{HEADLINE}\u3000文化节将持续一周并举办美食节"),
    "a section and site on both sides of the headline go when a block shows the headline alone": (
        f"<title>某某即時新聞 - 時事脈搏 - {HEADLINE} - 某某網站</title>"
        "<meta property='og:site_name' content='某某網站'>",
        "<div class='nav'><a href='/'>某某即時新聞</a> <a href='/s'>時事脈搏</a></div>"
        f"<div class='article-title'>{HEADLINE}</div>{STORY}", HEADLINE),
    "a player's quoted loading placeholder over the story is no headline": (
        "",
        "<div class='crumbs'><a href='/'>某某网资讯</a> &gt; <a href='/m'>大陆</a> &gt; 正文</div>"
        f"<div id='artical_topic'>{HEADLINE}</div>"
        "<div id='artical_sth'>2010年05月07日 21:41 某某卫视【大 中 小】【打印】共有评论0条</div>"
        f"<div id='artical_real'><div id='VideoPlayerDiv'>'正在加载中...'</div>{STORY}</div>", HEADLINE),
    "a heading marked as the title beats a ticker's linked h1 above it": (
        "",
        "<div id='msg'><a href='/story/4907665'><h1 style='width:100%'>某某周报：台股中秋向上变盘无望？ 19:20</h1></a></div>"
        f"<div id='story'><h2 id='story_art_title'>{HEADLINE}</h2>"
        "<ul><li><a href='https://share.example/?u=1'>分享</a></li><li><a href='https://share.example/?u=2'>分享</a></li></ul>"
        f"{STORY}</div>", HEADLINE),
    "a template's English default title gives way to the layout": (
        "<title>Untitled Document</title>",
        "<div class='crumbs'><a href='/'>某某网资讯</a> &gt; <a href='/m'>大陆</a> &gt; 正文</div>"
        f"<div id='artical_topic'>{HEADLINE}</div>"
        "<div id='artical_sth'>2010年05月07日 21:41 某某卫视【大 中 小】【打印】共有评论0条</div>"
        f"<div id='artical_real'><div id='VideoPlayerDiv'>'正在加载中...'</div>{STORY}</div>", HEADLINE),
    "a heading marked as the title beats a masthead's lone h1 under a default title": (
        "<title>Untitled Document</title>",
        "<h1>上報 Up Media</h1>" + "".join(f"<div><a href='/c{i}'>栏目{i}</a></div>" for i in range(40))
        + f"<h2 class='ArticleTitle'>{HEADLINE}</h2><div>2020-03-12 20:19</div>{STORY}", HEADLINE),
    "a title cut for search engines that a photo's alt repeats is the opening of the h1": (
        "<title>江门举办第十届侨乡文化节_热点新闻_新闻频道</title>",
        f"<h1>{HEADLINE}</h1><div class='text'><div align='center'><img src='a.jpg' alt='江门举办第十届侨乡文化节'></div>"
        f"{STORY}</div>", HEADLINE),
    "an og:title of another story, shown nowhere, gives way to the <title>": (
        f"<title>{HEADLINE}_某某新闻网</title><meta property='og:title' content='多地出台新政稳定楼市 专家解读政策走向'>",
        f"<table><tr><td><font size='5'>{HEADLINE}（图）</font></td></tr></table>{STORY}", HEADLINE),
    "a kicker's line going on by a word from the headline's block is not the headline": (
        "<title>习近平主持召开深入推进长三角一体化发展座谈会_新闻频道</title>",
        "<h2>习近平主持召开深入推进长三角一体化发展座谈会强调</h2>"
        f"<div class='img'><img src='a.jpg' alt='习近平主持召开深入推进长三角一体化发展座谈会'></div>{STORY}",
        "习近平主持召开深入推进长三角一体化发展座谈会"),
    "a channel's name in brackets after a headline is not part of it": (
        "", f"<table><tr><td><b>{HEADLINE} (港聞)</b></td></tr><tr><td>2014-12-17</td></tr></table>"
        f"<div class='story'>{STORY}</div>", HEADLINE),
    "with no title, a line opening with a dash goes on from the headline over it": (
        "", f"<p class='all_p'>为建设美丽侨乡凝聚力量</p><div>——热烈祝贺市政协会议开幕</div>"
        f"<div>2023-01-05 10:00 来源：某某日报</div><div class='story'>{STORY}</div>", DASHED),
    "a kicker's title over a headline shown in two lines gives both lines": (
        f"<title>【快讯】{DASHED}_某某网</title>",
        f"<p class='all_p'>为建设美丽侨乡凝聚力量</p><div>——热烈祝贺市政协会议开幕</div>"
        f"<div>2023-01-05 10:00 来源：某某日报</div><div class='story'>{STORY}</div>", DASHED),
    "a kicker's label before a headline the page shows nowhere goes": (
        f"<title>【快讯】{HEADLINE}_某某网</title>", f"<div class='story'>{STORY}</div>", HEADLINE),
}
"""One synthetic page per class: the <head>, the <body>, the headline a reader sees."""


@pytest.mark.parametrize(("head", "body", "headline"), CASES.values(), ids=CASES.keys())
def test_headline(head: str, body: str, headline: str) -> None:
    page = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    assert parse_html(page).title == headline


def test_a_wikis_edit_control_is_not_part_of_its_headings() -> None:
    body = f"<h1>侨乡文化节<span>[<a href='?action=edit'>编辑</a>]</span></h1>{STORY}" \
        f"<h2>历史沿革<span>[<a href='?action=edit&section=1'>编辑</a>]</span></h2>{STORY}"
    article = parse_html(f"<html><head><title>侨乡文化节 - 某某百科</title></head><body>{body}</body></html>")
    assert "[编辑]" not in article.text and "历史沿革" in article.text


def test_the_date_beside_a_linked_headline_beats_the_mastheads_today() -> None:
    body = ("<div class='date'><span>2014/12/13 星期六</span> │<a href='#'>加入最愛</a></div>"
            f"<div class='box'><a href='#' class='videotitle'><span>{HEADLINE}</span></a>"
            f"<span class='ndate'>2014/12/1 18:13</span><hr></div>{STORY}")
    article = parse_html(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>")
    assert (article.title, str(article.published)[:16]) == (HEADLINE, "2014-12-01 18:13")


def test_a_date_under_a_headline_only_the_page_shows_whole_is_read() -> None:
    links = "<a href='#'>節目</a>" * 30
    body = (f"<div class='nav'>{links}</div>"
            f"<div id='Heading'>{HEADLINE}\u3000文化节将持续一周并举办美食节</div><div><span class='small'>2014/12/12&nbsp;</span></div>{STORY}")
    article = parse_html(f"<html><head><title>{HEADLINE} - 某某新聞</title></head><body>{body}</body></html>")
    assert str(article.published)[:10] == "2014-12-12"


def test_a_style_closed_with_a_slash_runs_to_its_end_tag_unseen() -> None:
    body = f"<div><style type='text/css' />body {{ MARGIN: 0 0 0 0; }}</style><h1>{HEADLINE}</h1>{STORY}</div>"
    article = parse_html(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>")
    assert "MARGIN" not in article.text and article.title == HEADLINE


@pytest.mark.parametrize("over_date", ["【某某晚報╱記者某某/台北報導】", "2014-12-18 (13:44)"])
def test_a_byline_or_a_stamp_over_the_date_line_is_not_the_headline(over_date: str) -> None:
    """A page with no title of its own is read by its layout: the line over the date line is the
    headline, unless it is a bracketed byline or a date with its time (a list's stamp)."""
    body = (f"<h2>{HEADLINE}</h2><div class='by'>{over_date}</div><div class='info'>2014年12月18日 13:44</div>"
            f"<div class='article'>{STORY}</div>")
    assert parse_html(f"<html><head></head><body>{body}</body></html>").title == HEADLINE


def test_a_heading_rewording_the_metadatas_title_beats_the_line_over_the_date_line() -> None:
    """No <h1>, and the metadata words the headline its own way: the block the markup calls the
    headline, sharing most of its words, is the headline, not the author's line over the date."""
    head = "<title>侨乡文化节开幕 二十国侨胞齐聚江门 - 某某中文</title>"
    body = (f"<div class='story-headline'>{HEADLINE}</div><div class='byline'>李明 某某中文记者 发自江门</div>"
            f"<div class='info'>2024年5月10日</div><div class='article'>{STORY}</div>")
    assert parse_html(f"<html><head>{head}</head><body>{body}</body></html>").title == HEADLINE


@pytest.mark.parametrize("furniture", ["正在读取评论……", "加载中..."])
def test_a_placeholder_over_the_story_is_no_headline(furniture: str) -> None:
    """A page with no title of its own and class names that say nothing: the line over the
    story is a placeholder its script would have filled, which is the page's furniture, never
    its headline."""
    body = f"<div class='c6e2'>{furniture}</div><div class='c91a'>{STORY}</div>"
    assert furniture not in parse_html(f"<html><head></head><body>{body}</body></html>").title


def test_an_image_file_name_is_no_headline() -> None:
    """A page with no title whose only plain lines over the story are its images' alt texts as
    an old editor wrote them (the file's name and size): those are no headline, nor story text."""
    body = ("<table><tr><td><img src='/zyf.gif' alt='zyf.gif (10438 bytes)'><br>"
            "<a href='/m'>[请您留言]</a></td><td>当前位置：<a href='/'>首页</a>-&gt;<a href='/j'>军事技术</a>"
            f"</td></tr></table>{STORY}<p><img src='/a.png' alt='4vCKVZcfzM2.png'></p>")
    article = parse_html(f"<html><head></head><body>{body}</body></html>")
    assert "gif" not in article.title and "请您留言" not in article.title
    assert ".png" not in article.text and any(".png" in line.text for line in article.dropped)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("江门侨乡<br>再出发", "江门侨乡再出发"),
        ("江门侨乡再出发：<br/>百年侨乡的新故事", "江门侨乡再出发：百年侨乡的新故事"),
        ("Overseas Chinese<br>come home", "Overseas Chinese come home"),
    ],
)
def test_a_headline_set_on_two_lines_is_one_line(headline: str, title: str) -> None:
    """<h1>江门侨乡<br>再出发</h1> under a <title> naming only the site: the headline whole, not one
    of its lines (the first was taken as the title and the second lost)."""
    html = f"<html><head><meta charset='utf-8'><title>某某网</title></head><body><h1>{headline}</h1>{STORY}</body></html>"
    article = parse_html(html)
    assert article.title == title
    assert article.text.splitlines()[0] == title


@pytest.mark.parametrize("badge", ["<span class='tag'>视频</span>", "<em>独家</em> ", "<span class='icon'>图集</span>"])
def test_a_badge_the_headline_opens_with_is_not_its_words(badge: str) -> None:
    """<h1><span class="tag">视频</span>标题</h1> under <title>标题_某某网</title>: the kind of
    story the page marks, not part of the headline."""
    html = (f"<html><head><meta charset='utf-8'><title>江门侨乡再出发_某某网</title></head>"
            f"<body><h1>{badge}江门侨乡再出发</h1>{STORY}</body></html>")
    assert parse_html(html).title == "江门侨乡再出发"


def test_a_headline_opening_with_its_own_words_in_an_element_keeps_them() -> None:
    """A first word set in bold that the <title> says too is the headline's."""
    html = (f"<html><head><meta charset='utf-8'><title>江门侨乡再出发_某某网</title></head>"
            f"<body><h1><b>江门</b>侨乡再出发</h1>{STORY}</body></html>")
    assert parse_html(html).title == "江门侨乡再出发"


def test_a_headline_set_in_two_blocks_of_its_heading_is_one_line() -> None:
    html = ("<html><head><meta charset='utf-8'><title>某某网</title></head><body>"
            f"<h1><div class='l1'>江门侨乡</div><div class='l2'>再出发</div></h1>{STORY}</body></html>")
    assert parse_html(html).title == "江门侨乡再出发"


def test_a_player_button_inside_the_heading_is_not_the_headlines() -> None:
    """<h1><span>标题</span><div class="article-audio"><div>播报文章</div></div></h1> (a 2024 portal)."""
    html = ("<html><head><meta charset='utf-8'><title>江门侨乡再出发_某某网</title></head><body>"
            "<h1 class='article__title'><span>江门侨乡再出发</span><div class='article-audio'>"
            f"<div class='article-audio-btn'>播报文章</div></div></h1>{STORY}</body></html>")
    assert parse_html(html).title == "江门侨乡再出发"


@pytest.mark.parametrize(("head", "h1"), [
    ("<title>某某网</title>", "<h1>江门侨乡再出发<small>2023年8月25日</small></h1>"),  # its day, glued on
    ("<title>江门侨乡再出发_某某网</title>", "<h1>江门侨乡再出发<a href='#comments'>评论(3)</a></h1>"),
    ("<title>江门侨乡再出发_某某网</title>", "<h1>江门侨乡再出发<span class='tag'>（图）</span></h1>"),
])
def test_what_a_heading_shows_after_the_headline_is_not_its_words(head: str, h1: str) -> None:
    html = f"<html><head><meta charset='utf-8'>{head}</head><body>{h1}{STORY}</body></html>"
    assert parse_html(html).title == "江门侨乡再出发"


@pytest.mark.parametrize("control", ["<span class='share'>分享到：</span>", "<a href='#'>打印</a>",
                                     "<span class='font'>字号：大 中 小</span>"])
def test_a_control_set_at_the_end_of_the_heading_is_set_aside(control: str) -> None:
    """<h1>标题<span class="share">分享到：</span></h1> under a <title> naming only the site: the
    headline without the control, which goes to the set-aside lines (not lost)."""
    html = (f"<html><head><meta charset='utf-8'><title>某某网</title></head><body>"
            f"<h1>江门侨乡再出发{control}</h1>{STORY}</body></html>")
    article = parse_html(html)
    assert article.title == "江门侨乡再出发"
    assert any(d.text in control for d in article.dropped)


def test_a_block_saying_the_whole_title_gives_the_headline_without_its_site() -> None:
    """A photo viewer's caption repeats the <title> whole ("標題 | 生活 | 某某新聞網") and the <h1>
    differs from it (a badge before the headline): the headline, not the channel and site."""
    full = "海葵遠離！本島今晚解除陸警　未來4天全台有雨 | 生活 | 某某新聞網 EXAMPLE.COM"
    html = (f"<html><head><meta charset='utf-8'><title>{full}</title>"
            "<meta property='og:site_name' content='某某新聞網'></head><body>"
            "<h1><span class='badge'>視頻</span>海葵遠離！本島今晚解除陸警　未來四天全台有雨</h1>"
            f"{STORY}<div class='modal'><div class='photo-full-title'>{full}</div></div></body></html>")
    assert parse_html(html).title == "海葵遠離！本島今晚解除陸警　未來4天全台有雨"


@pytest.mark.parametrize("hidden", ["<span style='display:none'>侨乡 江门 文化节</span>", "<span hidden>侨乡江门</span>",
                                    "<em style='visibility: hidden'>关键词</em>"])
def test_a_headlines_hidden_keywords_are_not_its_words(hidden: str) -> None:
    """Keywords stuffed into the <h1> for search engines, hidden from readers, are no part of it."""
    html = (f"<html><head><meta charset='utf-8'><title>某某网</title></head><body>"
            f"<h1>江门侨乡再出发{hidden}</h1>{STORY}</body></html>")
    assert parse_html(html).title == "江门侨乡再出发"


def test_white_space_between_inline_elements_parts_words_but_not_chinese_characters() -> None:
    """<span>Ausschuss</span> <span>Zwei</span> shows a space between the words (a kicker and a
    headline read as one word before); between Chinese characters it shows as nothing."""
    story = "".join(f"<p>{p}</p>" for p in (
        "Ein Ausschuss des Landtags hat heute über die Flut im Ahrtal beraten und zwei Rücktritte gefordert.",
        "Viele Fragen bleiben offen, sagten die Abgeordneten nach der Sitzung am Nachmittag in Mainz.",
        "Die Landesregierung kündigte an, den Bericht des Ausschusses in den nächsten Wochen zu prüfen."))
    body = "<h1><span>Ausschuss zur Ahrtal-Flut</span> <span>Zwei Rücktritte</span></h1>" + story
    assert parse_html(f"<html><body>{body}</body></html>").title == "Ausschuss zur Ahrtal-Flut Zwei Rücktritte"
    chinese = parse_html(f"<html><body><h1><span>侨乡文化节</span> <span>开幕</span></h1>{STORY}"
                         "<p><b>Donald</b> <b>Trump</b>说，<a>江门</a> <a>侨乡</a>欢迎你。</p></body></html>")
    assert chinese.title == "侨乡文化节开幕"
    assert "Donald Trump说，江门侨乡欢迎你。" in chinese.text
