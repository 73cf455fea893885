"""rasd watch against a real HTTP server: what is fetched, what is stored, how failures are handled."""

from __future__ import annotations

import time

from conftest import Route

from rasd.store import open_store
from rasd.watch import FetchOptions, Watcher, WatchOptions

# Fictional reports written for these tests.
PARAGRAPHS = {
    1: (
        "افتتاح جسر جديد في مدينة الواحة",
        [
            "افتتحت بلدية مدينة الواحة صباح اليوم جسرا جديدا يربط الحي الشمالي بالسوق القديم بعد عامين من العمل.",
            "وقال رئيس البلدية سالم الغامدي إن الجسر سيخفف الزحام عن الطريق الرئيسي ويختصر زمن الرحلة إلى النصف.",
            "وأضاف أن البلدية تخطط لزراعة ألف شجرة على جانبي الجسر قبل نهاية الموسم المقبل.",
        ],
    ),
    2: (
        "مهرجان التمور يستقبل زواره",
        [
            "فتح مهرجان التمور السنوي أبوابه للزوار في ساحة المعارض وسط إقبال كبير من العائلات.",
            "ويشارك في المهرجان أكثر من مئتي مزارع يعرضون أصنافا نادرة من التمور المحلية.",
            "وأكدت اللجنة المنظمة أن المهرجان يستمر عشرة أيام ويتضمن ورشا لتعليم الأطفال طرق العناية بالنخيل.",
        ],
    ),
    3: (
        "فريق الجامعة يفوز بمسابقة الروبوت",
        [
            "فاز فريق طلاب جامعة الساحل بالمركز الأول في مسابقة الروبوتات الإقليمية التي أقيمت الأسبوع الماضي.",
            "وصمم الطلاب روبوتا قادرا على فرز النفايات القابلة لإعادة التدوير بدقة عالية وسرعة كبيرة.",
            "وقالت المشرفة على الفريق الدكتورة هند العمري إن الفوز ثمرة عمل متواصل استمر ستة أشهر.",
        ],
    ),
    4: (
        "هطول أمطار غزيرة على المرتفعات",
        [
            "شهدت المرتفعات الجنوبية هطول أمطار غزيرة مساء أمس أدت إلى جريان الأودية وامتلاء السدود الصغيرة.",
            "ودعا الدفاع المدني السكان إلى الابتعاد عن مجاري السيول وعدم المجازفة بعبور الأودية بالسيارات.",
            "وتوقعت هيئة الأرصاد استمرار الحالة الماطرة حتى نهاية الأسبوع مع انخفاض في درجات الحرارة.",
        ],
    ),
    5: (
        "مكتبة عامة جديدة للأطفال",
        [
            "أعلنت وزارة الثقافة افتتاح مكتبة عامة جديدة مخصصة للأطفال تضم أكثر من عشرين ألف كتاب.",
            "وتحتوي المكتبة على قاعة للقراءة الجماعية ومسرح صغير لعروض الحكايات في نهاية كل أسبوع.",
            "وأوضحت الوزارة أن الدخول مجاني وأن المكتبة ستفتح أبوابها يوميا من الصباح حتى المساء.",
        ],
    ),
}


def page(number: int, outlet: str = "صحيفة الواحة") -> str:
    title, paragraphs = PARAGRAPHS[number]
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="{{charset}}"><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{title}">'
        f'<meta name="date" content="2026-03-0{number}"></head><body><nav>الرئيسية | محليات | رياضة</nav>'
        f"<article><h1>{title}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def serve_page(site, number: int, path: str | None = None, encoding: str = "utf-8") -> str:
    path = path or f"/news/{number}.html"
    html = page(number).replace("{charset}", encoding)
    site.routes[path] = Route(html.encode(encoding), content_type=f"text/html; charset={encoding}")
    return path


def rss(site, paths: list[str], encoding: str = "utf-8", title: str = "أخبار الواحة") -> bytes:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{site.url(path)}</link><guid>{path}</guid></item>"
        for i, path in enumerate(paths, start=1)
    )
    xml = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{site.url('/')}</link>{items}</channel></rss>"
    )
    return xml.encode(encoding)


def atom(site, paths: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>مادة {i}</title><link href="{path}"/><id>urn:test:{i}</id>'
        f"<updated>2026-03-0{i}T08:00:00Z</updated></entry>"
        for i, path in enumerate(paths, start=1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة الساحل</title>'
        f"<id>urn:test:feed</id><updated>2026-03-01T08:00:00Z</updated>{entries}</feed>"
    ).encode("utf-8")


def allow_all(site) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")


def watch(store, site, paths, options, log=None):
    watcher = Watcher(store, options, log)
    try:
        urls = watcher.add([source for source in _sources(site, paths)])
        return watcher.poll(urls)
    finally:
        watcher.close()


def _sources(site, paths):
    from rasd.watch import FeedSource

    return [FeedSource(site.url(path)) for path in paths]


def test_new_items_go_through_the_ingest_path_with_their_raw_bytes(site, db_path, fast_options):
    allow_all(site)
    site.routes["/feed.xml"] = Route(
        rss(site, [serve_page(site, 1), serve_page(site, 2)]), content_type="application/rss+xml"
    )
    site.routes["/atom.xml"] = Route(atom(site, [serve_page(site, 3)]), content_type="application/atom+xml")
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml", "/atom.xml"], fast_options)
        assert report.counts() == {"feeds": 2, "failed_feeds": 0, "new": 3, "duplicate": 0, "failed_items": 0}
        articles = {a.url: a for a in store.iter_articles()}
        assert set(articles) == {site.url("/news/1.html"), site.url("/news/2.html"), site.url("/news/3.html")}
        bridge = articles[site.url("/news/1.html")]
        assert bridge.title == "افتتاح جسر جديد في مدينة الواحة"
        assert bridge.outlet == "صحيفة الواحة"
        assert "سالم الغامدي" in bridge.text and "جميع الحقوق" not in bridge.text
        raw, _ = store.raw_text(bridge.id)
        assert raw == site.routes["/news/1.html"].body.decode("utf-8")
        feeds = {feed.url: feed for feed in store.feeds()}
        assert feeds[site.url("/feed.xml")].articles == 2 and feeds[site.url("/atom.xml")].articles == 1
        assert feeds[site.url("/feed.xml")].title == "أخبار الواحة"
        assert feeds[site.url("/feed.xml")].last_success and feeds[site.url("/feed.xml")].last_error is None
    agents = {seen.headers["user-agent"] for seen in site.requests}
    assert len(agents) == 1 and agents.pop().startswith("rasd/")
    assert len(site.asked("/robots.txt")) == 1  # once per host and run


def test_a_restart_fetches_nothing_twice_and_uses_conditional_get(site, db_path, fast_options):
    allow_all(site)
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, 1)]), content_type="application/rss+xml", etag='"v1"')
    site.routes["/atom.xml"] = Route(
        atom(site, [serve_page(site, 3)]),
        content_type="application/atom+xml",
        last_modified="Sun, 01 Mar 2026 08:00:00 GMT",
    )
    with open_store(db_path) as store:
        watch(store, site, ["/feed.xml", "/atom.xml"], fast_options)
    # A new process: the validators and the seen items come from the store.
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml", "/atom.xml"], fast_options)
        assert [feed.status for feed in report.feeds] == ["not-modified", "not-modified"]
    assert site.asked("/feed.xml")[-1].headers["if-none-match"] == '"v1"'
    assert site.asked("/atom.xml")[-1].headers["if-modified-since"] == "Sun, 01 Mar 2026 08:00:00 GMT"
    # The feed changes: it still lists the old item, and one new one; only the new page is fetched.
    site.routes["/feed.xml"] = Route(
        rss(site, [serve_page(site, 5), "/news/1.html"]), content_type="application/rss+xml", etag='"v2"'
    )
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml"], fast_options)
        assert report.feeds[0].new == 1
        assert store.stats()["articles"] == 3
    assert len(site.asked("/news/1.html")) == 1 and len(site.asked("/news/5.html")) == 1


def test_broken_feeds_get_one_line_and_a_recorded_failure_while_the_others_go_on(site, db_path, fast_options):
    allow_all(site)
    site.routes["/good.xml"] = Route(rss(site, [serve_page(site, 2)]), content_type="application/rss+xml")
    site.routes["/broken.xml"] = Route(
        b'<?xml version="1.0"?><rss><channel><title>x</title><<item>>', content_type="text/xml"
    )
    site.routes["/missing.xml"] = Route(b"not found", status=404)
    site.routes["/error.xml"] = Route(b"oops", status=500)
    site.routes["/slow.xml"] = Route(rss(site, ["/news/4.html"]), delay=1.5)
    site.routes["/endless.xml"] = Route(b'<?xml version="1.0"?><rss><channel>', endless=True)
    site.routes["/private/feed.xml"] = Route(rss(site, [serve_page(site, 3)]), content_type="application/rss+xml")
    lines: list[str] = []
    failing = ["/broken.xml", "/missing.xml", "/error.xml", "/slow.xml", "/endless.xml", "/private/feed.xml"]
    started = time.monotonic()
    with open_store(db_path) as store:
        report = watch(store, site, [*failing, "/good.xml"], fast_options, lines.append)
        elapsed = time.monotonic() - started
        statuses = {feed.url.rsplit("/", 1)[-1]: feed.status for feed in report.feeds}
        assert statuses == {name.rsplit("/", 1)[-1]: "failed" for name in failing} | {"good.xml": "ok"}
        assert report.feeds[-1].new == 1
        errors = {feed.url.split(str(site.port), 1)[1]: feed for feed in store.feeds()}
    assert elapsed < 6
    assert "malformed XML at line 1" in errors["/broken.xml"].last_error
    assert errors["/missing.xml"].last_error == "HTTP 404 Not Found"
    assert errors["/error.xml"].last_error == "HTTP 500 Internal Server Error"
    assert errors["/slow.xml"].last_error.startswith("timed out")
    assert errors["/endless.xml"].last_error.startswith("cut off after 1 s")
    assert "disallowed by" in errors["/private/feed.xml"].last_error and not site.asked("/private/feed.xml")
    for path in failing:
        assert errors[path].failures == 1 and errors[path].next_check and errors[path].last_error_at
        assert sum(1 for line in lines if line.startswith(f"failed {site.url(path)}:")) == 1
    assert errors["/good.xml"].last_error is None


def test_a_failing_feed_is_backed_off_and_recovers(site, db_path, fast_options):
    allow_all(site)
    site.routes["/feed.xml"] = Route(b"oops", status=503)
    with open_store(db_path) as store:
        watch(store, site, ["/feed.xml"], fast_options)
        report = watch(store, site, ["/feed.xml"], fast_options)
        assert report.feeds[0].status == "waiting" and len(site.asked("/feed.xml")) == 1
    # With no backoff left to wait, the feed is asked again; once it works, the failures are cleared.
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, 1)]), content_type="application/rss+xml")
    no_wait = WatchOptions(fetch=fast_options.fetch, backoff_base=0.0, annotate=False)
    with open_store(db_path) as store:
        store._db.execute("UPDATE feeds SET next_check = NULL")
        report = watch(store, site, ["/feed.xml"], no_wait)
        (feed,) = store.feeds()
    assert report.feeds[0].new == 1 and feed.failures == 0 and feed.last_error == "HTTP 503 Service Unavailable"


def test_windows_1256_feed_and_page_are_read(site, db_path, fast_options):
    allow_all(site)
    path = serve_page(site, 4, encoding="windows-1256")
    site.routes["/cp1256.xml"] = Route(
        rss(site, [path], encoding="windows-1256", title="نشرة الطقس"), content_type="application/rss+xml"
    )
    with open_store(db_path) as store:
        report = watch(store, site, ["/cp1256.xml"], fast_options)
        (article,) = list(store.iter_articles())
        (feed,) = store.feeds()
    assert report.feeds[0].new == 1 and feed.title == "نشرة الطقس"
    assert "الدفاع المدني" in article.text and article.encoding in {"cp1256", "windows-1256"}


def test_item_pages_that_fail_are_recorded_and_not_fetched_again(site, db_path, fast_options):
    allow_all(site)
    site.routes["/mixed.xml"] = Route(
        rss(site, [serve_page(site, 5), "/news/gone.html", "/private/page.html", "/news/flaky.html"]),
        content_type="application/rss+xml",
    )
    site.routes["/news/flaky.html"] = Route(b"busy", status=502)
    with open_store(db_path) as store:
        first = watch(store, site, ["/mixed.xml"], fast_options)
        second = watch(store, site, ["/mixed.xml"], fast_options)
        failures = {failure.origin: failure.reason for failure in store.failures()}
    assert (first.feeds[0].new, first.feeds[0].failed) == (1, 3)
    assert failures[site.url("/news/gone.html")] == "cannot fetch: HTTP 404 Not Found"
    assert "disallowed by" in failures[site.url("/private/page.html")]
    assert not site.asked("/private/page.html")
    # A 404 is final; a 502 is tried again on the next pass (up to max_attempts); a stored page never.
    assert len(site.asked("/news/gone.html")) == 1 and len(site.asked("/news/flaky.html")) == 2
    assert len(site.asked("/news/5.html")) == 1 and second.feeds[0].new == 0


def test_requests_to_one_host_are_spaced(site, db_path, fast_options):
    allow_all(site)
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, n) for n in (1, 2, 3)]), content_type="text/xml")
    spaced = WatchOptions(fetch=FetchOptions(read_timeout=1.0, deadline=2.0, host_delay=0.2), annotate=False)
    with open_store(db_path) as store:
        watch(store, site, ["/feed.xml"], spaced)
    times = [seen.at for seen in site.requests]
    assert len(times) == 5  # robots.txt, the feed, three pages
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.15


def test_a_robots_crawl_delay_slows_rasd_down(site, db_path, fast_options):
    site.routes["/robots.txt"] = Route(b"User-agent: rasd\nCrawl-delay: 1\n", content_type="text/plain")
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, 1)]), content_type="text/xml")
    with open_store(db_path) as store:
        watch(store, site, ["/feed.xml"], fast_options)
    times = [seen.at for seen in site.requests]
    assert len(times) == 3 and times[2] - times[1] >= 0.9


def test_redirects_are_followed_and_each_hop_is_checked_against_robots(site, db_path, fast_options):
    allow_all(site)
    serve_page(site, 2)
    site.routes["/old/2.html"] = Route(status=301, location="/news/2.html")
    site.routes["/old/3.html"] = Route(status=302, location=site.url("/private/3.html"))
    site.routes["/loop.html"] = Route(status=302, location="/loop.html")
    site.routes["/feed.xml"] = Route(rss(site, ["/old/2.html", "/old/3.html", "/loop.html"]), content_type="text/xml")
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml"], fast_options)
        (article,) = list(store.iter_articles())
        failures = {failure.origin: failure.reason for failure in store.failures()}
    assert (report.feeds[0].new, report.feeds[0].failed) == (1, 2)
    assert article.url == site.url("/news/2.html")
    assert "disallowed by" in failures[site.url("/old/3.html")] and not site.asked("/private/3.html")
    assert failures[site.url("/loop.html")] == "cannot fetch: more than 5 redirects"
    assert len(site.asked("/loop.html")) == 6


def test_a_stop_in_the_middle_of_a_feed_keeps_what_was_stored_and_refetches_nothing(site, db_path, fast_options):
    allow_all(site)
    site.routes["/feed.xml"] = Route(rss(site, [serve_page(site, n) for n in (1, 2, 3)]), content_type="text/xml")
    options = WatchOptions(fetch=fast_options.fetch, commit_every=2, annotate=False)
    with open_store(db_path) as store:
        watcher = Watcher(store, options)
        (url,) = watcher.add(_sources(site, ["/feed.xml"]))
        fetch = watcher.fetcher.get

        def interrupted(page_url, headers=None):
            if page_url.endswith("/3.html"):
                raise KeyboardInterrupt
            return fetch(page_url, headers)

        watcher.fetcher.get = interrupted
        try:
            watcher.poll([url])
        except KeyboardInterrupt:
            pass
        watcher.close()
        assert store.stats()["articles"] == 2
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml"], options)
        assert report.feeds[0].new == 1 and store.stats()["articles"] == 3
    assert [len(site.asked(f"/news/{n}.html")) for n in (1, 2, 3)] == [1, 1, 1]


def test_a_host_that_keeps_failing_is_left_alone_for_a_while(site, db_path, fast_options):
    allow_all(site)
    paths = [f"/busy/{n}.html" for n in range(6)]
    for path in paths:
        site.routes[path] = Route(b"busy", status=503)
    site.routes["/feed.xml"] = Route(rss(site, paths), content_type="text/xml")
    resting = WatchOptions(
        fetch=FetchOptions(read_timeout=0.4, deadline=1.0, host_delay=0.0, host_failure_limit=3, host_rest=60.0),
        annotate=False,
    )
    with open_store(db_path) as store:
        report = watch(store, site, ["/feed.xml"], resting)
        failures = {failure.origin: failure.reason for failure in store.failures()}
        pending = store.pending_item_urls([site.url(path) for path in paths], max_attempts=3)
    assert report.feeds[0].failed == 6
    assert sum(len(site.asked(path)) for path in paths) == 3
    assert "failed 3 times in a row, so rasd leaves it alone for" in failures[site.url(paths[-1])]
    assert len(pending) == 6  # transient: every page is tried again on a later pass
