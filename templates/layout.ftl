<#-- Shared layout and building blocks. Every page passes its view in; nothing here looks data up. -->

<#import "kaart.ftl" as kaart>

<#macro page p map="">
<#local l = p.layout()>
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${l.site().contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if l.navigation().breadcrumbs()?has_content>${l.title()} - </#if>${l.site().siteName()}</title>
<link rel="stylesheet" href="${l.site().themeHref()}">
<link rel="stylesheet" href="${l.site().stylesheetHref()}">
<link rel="icon" href="${l.site().iconHref()}" type="image/svg+xml">
<#if l.site().canonicalUrl()??><link rel="canonical" href="${l.site().canonicalUrl()}"></#if>
<#if l.site().feedHref()??><link rel="alternate" type="application/atom+xml" href="${l.site().feedHref()}" title="Wijzigingen in de ${l.site().siteName()}"></#if>
<script src="${l.site().menuScriptHref()}" defer></script>
<#if map?has_content><@kaart.assets map/></#if>
</head>
<body>
<a class="skip-link" href="#inhoud">Direct naar de inhoud</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="${l.site().homeHref()}"><#if l.site().logo()??><img class="brand-logo" src="${l.site().logo().href()}" alt="${l.site().logo().alt()}"><#else><span class="brand-mark" aria-hidden="true"></span></#if><span class="brand-name">IKC-atlas</span> <span class="brand-place">${l.site().municipality()}</span></a>
    <button type="button" class="menu-toggle" aria-controls="hoofdmenu" aria-expanded="false" hidden>Menu</button>
  </div>
  <nav class="main-nav" id="hoofdmenu" aria-label="Hoofdmenu">
    <div class="wrap nav-groups">
    <#list l.navigation().groups() as g>
      <div class="nav-group">
        <span class="nav-group-label" id="menu-groep-${g?counter}">${g.label()}</span>
        <ul aria-labelledby="menu-groep-${g?counter}">
        <#list g.items() as n>
          <li><a href="${n.href()}"<#if n.current()> aria-current="true" class="current"</#if>>${n.label()}</a></li>
        </#list>
        </ul>
      </div>
    </#list>
    </div>
  </nav>
</header>
<#if l.navigation().breadcrumbs()?has_content>
<nav class="breadcrumbs wrap" aria-label="Kruimelpad">
  <ol>
  <#list l.navigation().breadcrumbs() as c>
    <#if c.href()??><li><a href="${c.href()}">${c.label()}</a></li><#else><li aria-current="page">${c.label()}</li></#if>
  </#list>
  </ol>
</nav>
</#if>
<main id="inhoud" class="wrap" tabindex="-1">
  <h1>${l.title()}</h1>
  <#if l.notes().illustrativeNotice()??>
  <div class="notice" role="note">
    <p><strong>Voorbeeldgegevens.</strong> ${l.notes().illustrativeNotice()}</p>
  </div>
  </#if>
  <#nested>
  <#if l.notes().help()?has_content>
  <aside class="help" aria-labelledby="uitleg">
    <h2 id="uitleg">Uitleg voor ouders</h2>
    <ul>
    <#list l.notes().help() as h><li><a href="${h.href()}">${h.label()}</a></li></#list>
    </ul>
  </aside>
  </#if>
  <#if l.notes().sources()?has_content>
  <section class="sources" aria-labelledby="bronnen">
    <h2 id="bronnen">Bronnen</h2>
    <ul>
    <#list l.notes().sources() as s>
      <li><#if s.url()??><a href="${s.url()}">${s.text()}</a><#else>${s.text()}</#if><#if s.illustrative()> (voorbeeldgegevens)</#if>. <span class="used-for">Voor: ${s.usedFor()}.</span></li>
    </#list>
    </ul>
  </section>
  </#if>
</main>
<footer class="site-footer">
  <div class="wrap footer-inner">
    <p>${l.site().siteName()}. Editie van ${l.footer().edition()}.</p>
    <ul class="footer-links">
      <#if l.footer().aboutHref()??><li><a href="${l.footer().aboutHref()}">Over deze atlas</a></li></#if>
      <li><a href="${l.footer().downloadsHref()}">Open data</a></li>
      <#list l.footer().links() as f><li><a href="${f.href()}">${f.label()}</a></li></#list>
    </ul>
    <#local c = l.footer().contact()>
    <div class="contact">
      <h2 class="footer-heading">Contact</h2>
      <p>${c.organisation()}</p>
      <ul>
        <#if c.email()??><li>E-mail: <a href="${c.emailHref()}">${c.email()}</a></li></#if>
        <#if c.phone()??><li>Telefoon: <#if c.phoneHref()??><a href="${c.phoneHref()}">${c.phone()}</a><#else>${c.phone()}</#if></li></#if>
        <#if c.website()??><li>Website: <a href="${c.website()}">${c.website()}</a></li></#if>
        <#if c.form()??><li><a href="${c.form()}">Contactformulier</a></li></#if>
      </ul>
    </div>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A list of cards: places or organisations with a few short facts. -->
<#macro cards list empty="Geen.">
<#if list?has_content>
<ul class="cards" data-readability="skip">
<#list list as c>
<li class="card"><a class="card-title" href="${c.href()}">${c.title()}</a><#list c.facts() as f><span class="card-fact">${f}</span></#list></li>
</#list>
</ul>
<#else>
<p class="empty">${empty}</p>
</#if>
</#macro>

<#-- The places in the buurt of a place: what the list is, the nearest ones, and the area's full list. -->
<#macro nearby n empty>
<#if n.intro()??><p>${n.intro()}</p></#if>
<@cards n.cards() empty/>
<#if n.all()??><p><a href="${n.all().href()}">${n.all().label()}</a></p></#if>
</#macro>

<#-- An ambition level: text, and a bar of filled and open blocks (not colour alone). -->
<#macro level lv>
<span class="level"><span class="level-bar" aria-hidden="true"><#list lv.steps() as on><span class="step<#if on> on</#if>"></span></#list></span> <span class="level-text">${lv.name()} <span class="level-number">(niveau ${lv.label()})</span></span></span>
</#macro>

<#-- A term and its value in a fact list; prints nothing when the value is absent. -->
<#macro fact term value="">
<#if value?has_content><div><dt>${term}</dt><dd>${value}</dd></div></#if>
</#macro>

<#macro linkFact term link>
<div><dt>${term}</dt><dd><a href="${link.href()}">${link.label()}</a></dd></div>
</#macro>

<#macro websiteFact url="">
<#if url?has_content><div><dt>Website</dt><dd><a href="${url}">${url}</a></dd></div></#if>
</#macro>
