<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#assign p = page>
<@l.page p>
<p class="lead">Hier ziet u per jaar wat er in <#if p.area()??>${p.area()}<#else>de atlas</#if> is veranderd. Dat gaat over de metingen van de kindcentra en over scholen, opvang en kindcentra die opengingen, dichtgingen of een nieuwe naam kregen. De nieuwste jaren staan bovenaan.</p>
<#if p.layout().site().feedHref()??><p class="feed"><a href="${p.layout().site().feedHref()}" type="application/atom+xml">Volg de wijzigingen (Atom-feed)</a></p></#if>
<#if p.years()?has_content>
<@parts.changesTable years=p.years() linked=!p.areas()?has_content/>
<#if p.areas()?has_content>
<section aria-labelledby="per-gebied">
<h2 id="per-gebied">Wijzigingen per gebied</h2>
<p>Er zijn veel wijzigingen. Daarom staan ze per gebied op een eigen pagina. Bij een kern tellen de wijken in die kern mee. Kies een gebied:</p>
<ul class="link-list changes-areas">
<#list p.areas() as a><li><a href="${a.area().href()}">${a.area().label()}</a> (${a.count()})</li></#list>
</ul>
</section>
<#else>
<p>Per jaar staan hieronder alle wijzigingen. Open een jaar om ze te zien.</p>
<#list p.years() as y>
<@parts.changeYear y "h2" "h3" true true/>
</#list>
</#if>
<#else>
<p>Er zijn nog geen veranderingen bekend.</p>
</#if>
</@l.page>
